package org.switchboard.channels.sip;

import java.net.InetSocketAddress;
import java.util.List;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.SdesCrypto;

/**
 * What our side of one call can do, from its media session: where it receives, its formats in order
 * of preference, its SDES keys, and whether the account insists on SRTP.
 */
record LocalMedia(InetSocketAddress rtp, List<AudioFormat> formats, List<SdesCrypto> crypto, boolean requireSrtp) {
    LocalMedia {
        formats = List.copyOf(formats);
        crypto = List.copyOf(crypto);
    }
}
