package org.switchboard.media.testing;

import org.jitsi.impl.neomedia.codec.audio.opus.Opus;

/**
 * A libopus encoder (through libjitsi's binding) set up as libjitsi's encoder sets it up for calls:
 * 48 kHz mono, 32 kbit/s VBR, in-band FEC for 1 % loss, DTX, at the given complexity. For the tests
 * and the bench that weigh the complexity; free it with {@link Opus#encoder_destroy}.
 */
public final class CallOpusEncoder {
    public static final int RATE = 48000;

    private CallOpusEncoder() {}

    public static long create(int complexity) {
        long encoder = Opus.encoder_create(RATE, 1);
        Opus.encoder_set_bitrate(encoder, 32000);
        Opus.encoder_set_vbr(encoder, 1);
        Opus.encoder_set_inband_fec(encoder, 1);
        Opus.encoder_set_packet_loss_perc(encoder, 1);
        Opus.encoder_set_dtx(encoder, 1);
        Opus.encoder_set_complexity(encoder, complexity);
        return encoder;
    }
}
