package org.switchboard.media.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own arithmetic: tone detection, WAV round trip, G.711 µ-law. */
class TonesTest {
    @Test
    void findsTheDominantFrequencyOfASine() {
        assertThat(Tones.sine(1000, 1.5, 48000).dominantFrequency()).isEqualTo(1000);
        assertThat(Tones.sine(440, 0.5, 8000).dominantFrequency()).isEqualTo(440);
    }

    @Test
    void writesAndReadsAWav(@TempDir Path dir) throws Exception {
        Pcm written = Tones.sine(750, 0.25, 16000);

        Pcm read = Tones.readWav(Tones.writeWav(dir.resolve("tone.wav"), written));

        assertThat(read.sampleRate()).isEqualTo(16000);
        assertThat(read.samples()).isEqualTo(written.samples());
    }

    @Test
    void muLawKeepsATone() {
        Pcm tone = Tones.sine(440, 1, 8000);

        short[] decoded = Tones.decodeMuLaw(Tones.encodeMuLaw(tone.samples(), 0, 8000), 0, 8000);

        assertThat(new Pcm(decoded, 8000).dominantFrequency()).isEqualTo(440);
        assertThat(new Pcm(decoded, 8000).rms()).isCloseTo(tone.rms(), within(tone.rms() * 0.03));
        assertThat(Tones.decodeMuLaw(new byte[] {(byte) 0xFF, 0x7F}, 0, 2)).containsExactly((short) 0, (short) 0);
    }
}
