package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.Tones;

/** Our call streams against the private PulseAudio daemon: whole frames each way, and clear errors. */
class PulseStreamTest {
    private static final PulseStream.Spec MONO_48K = new PulseStream.Spec(48000, 1);
    private static final int FRAME = MONO_48K.bytes(20);
    private static PulseAudioServer pulse;
    private static PulseCallStreams streams;

    @BeforeAll
    static void connect() throws Throwable {
        pulse = PulseAudioServer.shared();
        streams = PulseCallStreams.open();
    }

    @AfterAll
    static void disconnect() {
        streams.close();
    }

    @Test
    void playsOnTheSpeakerItNamesAFrameAtATime() throws Exception {
        byte[] tone = littleEndian(Tones.sine(440, 1.5, 48000));
        try (var recording = pulse.recordSpeaker();
             PulseStream playback = PulseStream.playback(streams, MONO_48K, Optional.of(PulseAudioServer.SPEAKER), 80, 40, 20)) {
            playback.cork(false);
            for (int offset = 0; offset < tone.length; ) {
                int count = playback.awaitWritable(Math.min(FRAME, tone.length - offset));
                assertThat(count).isPositive();
                playback.write(tone, offset, count);
                offset += count;
            }
            Await.untilTrue("a second of the tone on the speaker", () -> recording.soFar().peakRms() > 1000);
            Pcm played = recording.stop();
            assertThat(played.dominantFrequency()).isCloseTo(440, within(20.0));
        }
    }

    @Test
    void aPlaybackTakesNoMoreThanItsMaximumAhead() throws Exception {
        try (PulseStream playback = PulseStream.playback(streams, MONO_48K, Optional.empty(), 80, 40, 20)) {
            playback.cork(false);
            int writable = playback.awaitWritable(MONO_48K.bytes(1000));
            assertThat(writable).isBetween(FRAME, MONO_48K.bytes(90)); // 80 ms, as the server rounds it
        }
    }

    @Test
    void readsTheMicrophoneInWholeFrames() throws Exception {
        short[] heard = new short[48000];
        try (var _ = pulse.feedTone(1000, 30);
             PulseStream recording = PulseStream.recording(streams, MONO_48K, Optional.empty(), 20)) {
            recording.cork(false);
            byte[] frame = new byte[FRAME];
            for (int read = 0; read < 100; read++) {
                assertThat(recording.read(frame, 0, FRAME)).isEqualTo(FRAME);
                if (read >= 50) {
                    ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(heard, (read - 50) * FRAME / 2, FRAME / 2);
                }
            }
        }
        assertThat(new Pcm(heard, 48000).dominantFrequency()).isCloseTo(1000, within(20.0));
    }

    @Test
    void aPausedRecordingReturnsWhatItHasWithoutWaiting() throws Exception {
        try (PulseStream recording = PulseStream.recording(streams, MONO_48K, Optional.empty(), 20)) {
            assertThat(recording.read(new byte[FRAME], 0, FRAME)).isZero();
        }
    }

    @Test
    void anUnknownDeviceIsAClearError() {
        assertThatThrownBy(() -> PulseStream.playback(streams, MONO_48K, Optional.of("no-such-speaker"), 80, 40, 20))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-speaker").hasMessageContaining("did not open");
        assertThatThrownBy(() -> PulseStream.recording(streams, MONO_48K, Optional.of("no-such-microphone"), 20))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-microphone");
    }

    @Test
    void closingEndsAWaitingReadWithAnError() throws Exception {
        PulseStream recording = PulseStream.recording(streams, MONO_48K, Optional.empty(), 20);
        recording.cork(false);
        int tenSeconds = MONO_48K.bytes(10_000);
        Thread[] reader = new Thread[1];
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            reader[0] = Thread.currentThread();
            try {
                return recording.read(new byte[tenSeconds], 0, tenSeconds);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        });
        Await.untilTrue("the reader to wait for audio", () -> reader[0] != null && reader[0].getState() == Thread.State.TIMED_WAITING);

        recording.close();

        assertThatThrownBy(read::join).hasCauseInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void aPlaybackWhoseSpeakerIsUnpluggedGoesOnOnTheDefault() throws Exception {
        byte[] frame = new byte[FRAME];
        PulseAudioServer.LoadedModule headset = pulse.addSink("headset", "USB-Headset");
        try (PulseStream playback = PulseStream.playback(streams, MONO_48K, Optional.of("headset"), 80, 40, 20)) {
            playback.cork(false);
            writeFrames(playback, frame, 10);

            headset.close();

            writeFrames(playback, frame, 25); // half a second more, paced by the sink it was moved to
        }
    }

    @Test
    void aClosedConnectionRefusesNewStreamsClearly() throws Throwable {
        PulseCallStreams closed = PulseCallStreams.open();
        closed.close();
        assertThatThrownBy(() -> PulseStream.playback(closed, MONO_48K, Optional.empty(), 80, 40, 20))
                .isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    private static void writeFrames(PulseStream playback, byte[] frame, int frames) throws IOException {
        for (int written = 0; written < frames; written++) {
            playback.write(frame, 0, playback.awaitWritable(frame.length));
        }
    }

    private static byte[] littleEndian(Pcm pcm) {
        ByteBuffer bytes = ByteBuffer.allocate(pcm.samples().length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(pcm.samples());
        return bytes.array();
    }
}
