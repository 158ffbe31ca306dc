package org.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.Tones;

/**
 * Speech for the audio benches: the spoken channel names of alsa-utils' test sounds (48 kHz mono WAVs
 * in /usr/share/sounds/alsa, "Front Center" and so on, with the short pauses between them), one after
 * the other. The 1 kHz tone of the other benches keeps libopus in its music coder, where the encoder's
 * complexity hardly matters; speech is what calls carry.
 */
final class SpeechSamples {
    static final int RATE = 48000;
    private static final Path DIR = Path.of("/usr/share/sounds/alsa");
    private static final List<String> NAMES = List.of("Front_Center", "Front_Left", "Front_Right", "Rear_Center",
            "Rear_Left", "Rear_Right", "Side_Left", "Side_Right");

    private SpeechSamples() {}

    /** The samples at {@value #RATE} Hz, or empty when alsa-utils' sounds are not installed. */
    static Optional<Pcm> load() throws IOException {
        short[] all = new short[0];
        for (String name : NAMES) {
            Path wav = DIR.resolve(name + ".wav");
            if (Files.isReadable(wav)) {
                Pcm pcm = Tones.readWav(wav);
                if (pcm.sampleRate() == RATE) {
                    short[] joined = java.util.Arrays.copyOf(all, all.length + pcm.samples().length);
                    System.arraycopy(pcm.samples(), 0, joined, all.length, pcm.samples().length);
                    all = joined;
                }
            }
        }
        return all.length == 0 ? Optional.empty() : Optional.of(new Pcm(all, RATE));
    }

    /** A WAV in {@code dir} of the samples repeated for at least {@code seconds}; empty without the samples. */
    static Optional<Path> loopedWav(Path dir, double seconds) throws IOException {
        Optional<Pcm> speech = load();
        if (speech.isEmpty()) {
            return Optional.empty();
        }
        short[] once = speech.get().samples();
        short[] looped = new short[(int) Math.ceil(seconds * RATE)];
        for (int i = 0; i < looped.length; i++) {
            looped[i] = once[i % once.length];
        }
        return Optional.of(Tones.writeWav(dir.resolve("speech.wav"), new Pcm(looped, RATE)));
    }
}
