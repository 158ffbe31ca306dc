package org.switchboard.bench;

import java.io.IOException;
import java.util.Locale;
import org.jitsi.impl.neomedia.codec.audio.opus.Opus;
import org.switchboard.media.testing.CallOpusEncoder;
import org.switchboard.media.testing.Pcm;

/**
 * What one 20 ms frame costs libjitsi's Opus encoder at each complexity, with the settings libjitsi's
 * encoder uses for calls (48 kHz mono, 32 kbit/s, VBR, FEC, DTX), on speech ({@link SpeechSamples})
 * and on the 1 kHz tone of {@code CallMediaBench}. Asserts nothing; the complexity for calls is in
 * {@code OpusEncoderSettings}.
 */
public final class OpusEncoderBench {
    private static final int RATE = 48000;
    private static final int FRAME = RATE / 50;
    private static final int ROUNDS = 10;
    private static final int[] COMPLEXITIES = {10, 9, 8, 7, 6, 5};

    private OpusEncoderBench() {}

    public static void main(String[] args) throws Exception {
        byte[] speech = speech();
        byte[] tone = tone(speech.length > 0 ? speech.length / 2 / RATE : 10);
        for (int complexity : COMPLEXITIES) {
            if (speech.length > 0) {
                print("speech", complexity, speech);
            }
            print("1 kHz tone", complexity, tone);
        }
        if (speech.length == 0) {
            System.out.println("opus: no speech samples (alsa-utils' /usr/share/sounds/alsa); tone only");
        }
    }

    private static void print(String what, int complexity, byte[] pcm) {
        long encoder = CallOpusEncoder.create(complexity);
        try {
            byte[] packet = new byte[4000];
            int frames = pcm.length / (FRAME * 2);
            long bytes = 0;
            long begin = 0;
            for (int round = 0; round < ROUNDS + 2; round++) {
                if (round == 2) {
                    begin = System.nanoTime(); // two rounds to warm up
                }
                for (int frame = 0; frame < frames; frame++) {
                    int length = Opus.encode(encoder, pcm, frame * FRAME * 2, FRAME, packet, 0, packet.length);
                    if (round >= 2) {
                        bytes += Math.max(length, 0);
                    }
                }
            }
            double perFrameMicros = (System.nanoTime() - begin) / 1e3 / (frames * ROUNDS);
            System.out.printf(Locale.ROOT, "opus: %s, complexity %2d: %6.1f us per 20 ms frame (%.2f %% of one core), "
                    + "%.1f kbit/s [%s]%n", what, complexity, perFrameMicros, perFrameMicros / 200, bytes * 8 / (frames * ROUNDS * 0.02) / 1000,
                    XmppBench.load());
        } finally {
            Opus.encoder_destroy(encoder);
        }
    }

    /** The speech samples as 16-bit little-endian bytes; empty when they are not installed. */
    private static byte[] speech() throws IOException {
        short[] samples = SpeechSamples.load().map(Pcm::samples).orElse(new short[0]);
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return pcm;
    }

    private static byte[] tone(int seconds) {
        byte[] pcm = new byte[seconds * RATE * 2];
        for (int i = 0; i < seconds * RATE; i++) {
            short sample = (short) Math.round(8000 * Math.sin(2 * Math.PI * 1000 * i / RATE));
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
