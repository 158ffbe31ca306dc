package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.jitsi.impl.neomedia.codec.audio.opus.Opus;
import org.junit.jupiter.api.Test;
import org.switchboard.media.testing.CallOpusEncoder;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.Tones;

/**
 * The encoder complexity we set keeps a steady tone a tone: libopus below 7 codes it as background
 * noise at a few kbit/s (half the level, most of the energy off the tone's frequency).
 */
class OpusEncoderSettingsTest {
    private static final int RATE = 48000;
    private static final int FRAME = RATE / 50;

    @Test
    void aToneThroughTheEncoderAtOurComplexityStaysATone() {
        Pcm sent = Tones.sine(1000, 3, RATE);

        Pcm received = encodeAndDecode(sent, OpusEncoderSettings.COMPLEXITY);

        assertThat(received.dominantFrequency()).isEqualTo(1000);
        assertThat(received.rms()).isGreaterThan(0.8 * sent.rms());
    }

    /** Through libjitsi's libopus with the settings libjitsi's encoder uses for calls (32 kbit/s, VBR, FEC, DTX). */
    private static Pcm encodeAndDecode(Pcm pcm, int complexity) {
        long encoder = CallOpusEncoder.create(complexity);
        long decoder = Opus.decoder_create(RATE, 1);
        try {
            short[] samples = pcm.samples();
            byte[] frame = new byte[FRAME * 2];
            byte[] packet = new byte[4000];
            byte[] decoded = new byte[FRAME * 2];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int start = 0; start + FRAME <= samples.length; start += FRAME) {
                for (int i = 0; i < FRAME; i++) {
                    frame[2 * i] = (byte) samples[start + i];
                    frame[2 * i + 1] = (byte) (samples[start + i] >> 8);
                }
                int length = Opus.encode(encoder, frame, 0, FRAME, packet, 0, packet.length);
                int count = Opus.decode(decoder, packet, 0, length, decoded, 0, FRAME, 0);
                out.write(decoded, 0, Math.max(count, 0) * 2);
            }
            byte[] bytes = out.toByteArray();
            short[] result = new short[bytes.length / 2];
            for (int i = 0; i < result.length; i++) {
                result[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return new Pcm(result, RATE);
        } finally {
            Opus.encoder_destroy(encoder);
            Opus.decoder_destroy(decoder);
        }
    }
}
