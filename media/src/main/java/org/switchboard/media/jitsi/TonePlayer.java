package org.switchboard.media.jitsi;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.media.Buffer;
import javax.media.MediaLocator;
import javax.media.PlugIn;
import javax.media.Renderer;
import javax.media.ResourceUnavailableException;
import javax.media.format.AudioFormat;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.PulseAudioSystem;
import org.jitsi.impl.neomedia.jmfext.media.renderer.audio.PulseAudioRenderer;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaException;

/** Plays a synthesised tone on libjitsi's renderer for the device chosen for a flow. */
final class TonePlayer {
    static final int SAMPLE_RATE = 48000;
    private static final int CHUNK_SAMPLES = SAMPLE_RATE / 50;
    private static final int RAMP_SAMPLES = SAMPLE_RATE / 200;
    private static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

    /**
     * A sine tone switched on and off: {@code onOffMs} alternates on and off durations.
     *
     * @param repeat whether the cadence starts again after its last step (a ring) or ends (a test tone)
     */
    record Cadence(double frequencyHz, List<Integer> onOffMs, boolean repeat) {
        /** The speaker test: one second of A4, then a little silence so the end is not cut off. */
        static final Cadence TEST_TONE = new Cadence(440, List.of(1000, 300), false);
        /** The ringer: two short bursts, then a pause. */
        static final Cadence RING = new Cadence(880, List.of(400, 200, 400, 2000), true);

        Cadence {
            onOffMs = List.copyOf(onOffMs);
        }

        long periodSamples() {
            return onOffMs.stream().mapToLong(ms -> ms * (long) SAMPLE_RATE / 1000).sum();
        }

        /** The sample at {@code index} (0-based, counted from the start of the first period). */
        short sample(long index) {
            long position = index % periodSamples();
            for (int step = 0; step < onOffMs.size(); step++) {
                long length = onOffMs.get(step) * (long) SAMPLE_RATE / 1000;
                if (position < length) {
                    return step % 2 == 0 ? tone(index, position, length) : 0;
                }
                position -= length;
            }
            return 0;
        }

        private short tone(long index, long position, long length) {
            double envelope = Math.min(1.0, Math.min(position, length - position) / (double) RAMP_SAMPLES);
            return (short) Math.round(AMPLITUDE * envelope * Math.sin(2 * Math.PI * frequencyHz * index / SAMPLE_RATE));
        }
    }

    private TonePlayer() {}

    /**
     * Plays {@code cadence} until it ends or {@code keepGoing} turns false, on {@code device} (a
     * PulseAudio sink name) or, when empty, on libjitsi's device for {@code flow}.
     */
    static void play(AudioSystem audioSystem, DataFlow flow, Optional<String> device, Cadence cadence,
                     BooleanSupplier keepGoing) throws MediaException {
        Renderer renderer = renderer(audioSystem, flow, device);
        AudioFormat format = new AudioFormat(AudioFormat.LINEAR, SAMPLE_RATE, 16, 1, AudioFormat.LITTLE_ENDIAN,
                AudioFormat.SIGNED);
        if (renderer == null || renderer.setInputFormat(format) == null) {
            throw new MediaException("There is no " + (flow == DataFlow.NOTIFY ? "ringer" : "speaker") + " to play on.", null);
        }
        try {
            renderer.open();
            renderer.start();
            render(renderer, format, cadence, keepGoing);
        } catch (ResourceUnavailableException e) {
            throw new MediaException("The sound device is not available.", e);
        } finally {
            renderer.stop();
            renderer.close();
        }
    }

    /**
     * A renderer with the flow's media role; on a pinned PulseAudio sink it connects there directly
     * (a renderer with its own locator also never reopens when libjitsi's selection changes).
     */
    private static @Nullable Renderer renderer(AudioSystem audioSystem, DataFlow flow, Optional<String> device) {
        if (device.isPresent() && audioSystem instanceof PulseAudioSystem) {
            PulseAudioRenderer renderer = new PulseAudioRenderer(flow == DataFlow.NOTIFY
                    ? PulseAudioSystem.MEDIA_ROLE_EVENT : PulseAudioSystem.MEDIA_ROLE_PHONE);
            renderer.setLocator(new MediaLocator(AudioSystem.LOCATOR_PROTOCOL_PULSEAUDIO + ":" + device.get()));
            return renderer;
        }
        return audioSystem.createRenderer(flow != DataFlow.NOTIFY);
    }

    private static void render(Renderer renderer, AudioFormat format, Cadence cadence, BooleanSupplier keepGoing)
            throws MediaException {
        byte[] chunk = new byte[CHUNK_SAMPLES * 2];
        Buffer buffer = new Buffer();
        buffer.setFormat(format);
        long end = cadence.repeat() ? Long.MAX_VALUE : cadence.periodSamples();
        for (long index = 0; index < end && keepGoing.getAsBoolean(); index += CHUNK_SAMPLES) {
            for (int i = 0; i < CHUNK_SAMPLES; i++) {
                short sample = cadence.sample(index + i);
                chunk[2 * i] = (byte) sample;
                chunk[2 * i + 1] = (byte) (sample >> 8);
            }
            buffer.setData(chunk);
            buffer.setOffset(0);
            buffer.setLength(chunk.length);
            int result;
            do {
                result = renderer.process(buffer);
                if (result == PlugIn.BUFFER_PROCESSED_FAILED) {
                    throw new MediaException("The sound device stopped playing.", null);
                }
            } while ((result & PlugIn.INPUT_BUFFER_NOT_CONSUMED) != 0 && keepGoing.getAsBoolean());
        }
    }
}
