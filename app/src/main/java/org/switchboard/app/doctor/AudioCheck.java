package org.switchboard.app.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;

/** Which microphone, speaker and ringer a call would use, by their real names; none at all is a problem. */
final class AudioCheck {
    private static final String SUBJECT = "audio";
    private final Duration deadline;

    AudioCheck(Duration deadline) {
        this.deadline = deadline;
    }

    List<Finding> check(MediaEngine engine) {
        try {
            engine.warmUp().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return List.of(Finding.problem(SUBJECT, "engine", "the audio engine did not start: " + e.getCause().getMessage()));
        } catch (TimeoutException e) {
            return List.of(Finding.problem(SUBJECT, "engine", "the audio engine did not start within " + deadline.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Finding.problem(SUBJECT, "engine", "interrupted while starting the audio engine"));
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(device(engine, DataFlow.CAPTURE, "microphone", "the other side will hear nothing"));
        findings.add(device(engine, DataFlow.PLAYBACK, "speaker", "you will hear nothing"));
        findings.add(device(engine, DataFlow.NOTIFY, "ringer", "incoming calls will not ring"));
        return findings;
    }

    private static Finding device(MediaEngine engine, DataFlow flow, String what, String consequence) {
        List<AudioDevice> devices = engine.devices().list(flow);
        if (devices.isEmpty()) {
            return Finding.problem(SUBJECT, what, "no " + what + " found: " + consequence
                    + " (is PulseAudio or PipeWire running, and a device plugged in?)");
        }
        String pinned = engine.pinned(flow).orElse(null);
        if (pinned != null) {
            boolean present = devices.stream().anyMatch(d -> d.name().equals(pinned));
            return present ? Finding.ok(SUBJECT, what, pinned + " (chosen in the settings)")
                    : Finding.warning(SUBJECT, what, "the chosen " + what + " " + pinned + " is not plugged in; "
                            + "calls use the system default " + defaultName(devices) + " meanwhile");
        }
        return Finding.ok(SUBJECT, what, defaultName(devices) + " (system default; " + devices.size() + " found)");
    }

    private static String defaultName(List<AudioDevice> devices) {
        return devices.stream().filter(AudioDevice::systemDefault).findFirst().orElse(devices.getFirst()).name();
    }
}
