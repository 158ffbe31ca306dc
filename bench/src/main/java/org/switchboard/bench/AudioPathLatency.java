package org.switchboard.bench;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaSession;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.Tones;

/**
 * Mouth-to-ear latency through the engine, measured on one recording: a pair of sessions (alice
 * sends Opus, bob receives) with bob's speaker pinned to the device that feeds the microphone. A
 * short burst played into that device comes back as an echo after microphone → capture → Opus →
 * RTP → jitter buffer → decode → playback; the time between the burst's onset and its echo's, both
 * in the same recording of the device's monitor, is the audio path latency.
 */
final class AudioPathLatency {
    private static final int RUNS = 5;
    private static final int WINDOW = PulseAudioServer.RECORDING_RATE / 200; // 5 ms
    private static final double ONSET_RMS = 2000;

    private AudioPathLatency() {}

    static void run(MediaEngine engine, PulseAudioServer pulse) throws Exception {
        var burst = Tones.writeWav(java.nio.file.Files.createTempFile("burst", ".wav"), burst());
        engine.use(DataFlow.PLAYBACK, Optional.of(PulseAudioServer.MIC_FEED_NAME));
        long[] nanos = new long[RUNS];
        int measured = 0;
        try {
            for (int run = 0; run < RUNS; run++) {
                try (MediaSession alice = engine.newSession(InetAddress.getLoopbackAddress());
                     MediaSession bob = engine.newSession(InetAddress.getLoopbackAddress())) {
                    alice.start(CallMediaBench.plan(alice, "opus", bob.localRtp(), CallMediaBench.rtcp(bob), MediaDirection.SENDONLY));
                    bob.start(CallMediaBench.plan(bob, "opus", alice.localRtp(), CallMediaBench.rtcp(alice), MediaDirection.RECVONLY));
                    Await.untilTrue("audio at bob", Duration.ofSeconds(10), () -> bob.quality().packetsReceived() > 50);
                    try (var recording = pulse.record(PulseAudioServer.MIC_FEED + ".monitor")) {
                        Await.during(Duration.ofMillis(300), "settling", () -> true);
                        try (var played = pulse.play(burst, PulseAudioServer.MIC_FEED)) {
                            Await.during(Duration.ofMillis(900), "the burst and its echo", () -> true);
                        }
                        long latency = echoDelayNanos(recording.stop());
                        if (latency > 0) {
                            nanos[measured++] = latency;
                        }
                    }
                }
            }
        } finally {
            engine.use(DataFlow.PLAYBACK, Optional.empty());
        }
        System.out.printf(Locale.ROOT, "media: audio path latency, microphone -> Opus call -> speaker: %s (%d of %d runs found an echo)%n",
                new Percentiles(java.util.Arrays.copyOf(nanos, measured)).summary(), measured, RUNS);
    }

    /** 40 ms of 1 kHz, then silence. */
    private static Pcm burst() {
        Pcm tone = Tones.sine(1000, 0.04, PulseAudioServer.RECORDING_RATE);
        short[] samples = java.util.Arrays.copyOf(tone.samples(), PulseAudioServer.RECORDING_RATE / 2);
        return new Pcm(samples, PulseAudioServer.RECORDING_RATE);
    }

    /** The time from the first onset to the next one after a quiet gap; negative when there is no echo. */
    private static long echoDelayNanos(Pcm recording) {
        short[] samples = recording.samples();
        int first = onset(samples, 0);
        if (first < 0) {
            return -1;
        }
        int quiet = first;
        while (quiet + WINDOW <= samples.length && Tones.rms(samples, quiet, quiet + WINDOW) > ONSET_RMS / 4) {
            quiet += WINDOW;
        }
        int echo = onset(samples, quiet);
        return echo < 0 ? -1 : (long) ((echo - first) * 1e9 / PulseAudioServer.RECORDING_RATE);
    }

    private static int onset(short[] samples, int from) {
        for (int at = from; at + WINDOW <= samples.length; at += WINDOW) {
            if (Tones.rms(samples, at, at + WINDOW) > ONSET_RMS) {
                return at;
            }
        }
        return -1;
    }
}
