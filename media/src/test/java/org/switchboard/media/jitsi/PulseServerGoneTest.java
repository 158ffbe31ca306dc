package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.media.testing.PulseAudioServer;

/** Our call streams when the sound server goes away under them (a class of its own: it stops this JVM's daemon). */
class PulseServerGoneTest {
    private static final PulseStream.Spec MONO_48K = new PulseStream.Spec(48000, 1);
    private static final int FRAME = MONO_48K.bytes(20);

    @Test
    void streamsFailWithAClearErrorInsteadOfHanging() throws Throwable {
        PulseAudioServer pulse = PulseAudioServer.shared();
        PulseCallStreams streams = PulseCallStreams.open();
        PulseStream recording = PulseStream.recording(streams, MONO_48K, Optional.empty(), 20);
        PulseStream playback = PulseStream.playback(streams, MONO_48K, Optional.empty(), 80, 40, 20);
        recording.cork(false);
        playback.cork(false);
        byte[] frame = new byte[FRAME];
        assertThat(recording.read(frame, 0, FRAME)).isEqualTo(FRAME);

        pulse.stopForGood();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> {
                while (true) {
                    recording.read(frame, 0, FRAME);
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("went away");
            assertThatThrownBy(() -> {
                while (true) {
                    playback.write(frame, 0, playback.awaitWritable(FRAME));
                }
            }).isInstanceOf(IOException.class).hasMessageContaining("went away");
            assertThatThrownBy(() -> PulseStream.playback(streams, MONO_48K, Optional.empty(), 80, 40, 20))
                    .isInstanceOf(IOException.class).hasMessageContaining("did not open");
        });
        recording.close();
        playback.close();
        streams.close();
    }
}
