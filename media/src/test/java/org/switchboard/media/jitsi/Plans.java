package org.switchboard.media.jitsi;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.MediaSession;
import org.switchboard.media.SdesCrypto;
import org.switchboard.media.testing.RtpProbe;

/** Media plans as offer/answer would make them, for the tests. */
final class Plans {
    private Plans() {}

    static MediaPlan toProbe(RtpProbe probe, AudioFormat codec, MediaDirection direction) {
        return new MediaPlan(probe.rtpAddress(), probe.rtcpAddress(), codec, Optional.of(Codecs.TELEPHONE_EVENT), direction,
                Optional.empty(), Optional.empty());
    }

    /** {@code from}'s plan for a plain call to {@code to}. */
    static MediaPlan toSession(MediaSession to, AudioFormat codec) {
        return new MediaPlan(to.localRtp(), rtcpOf(to), codec, Optional.of(Codecs.TELEPHONE_EVENT),
                MediaDirection.SENDRECV, Optional.empty(), Optional.empty());
    }

    /** {@code from}'s plan for an SRTP call to {@code to}, with the keys both offered for the first suite. */
    static MediaPlan toSessionSecure(MediaSession from, MediaSession to, AudioFormat codec) {
        return withKeys(from, to, codec, to.localCryptoOffers().getFirst());
    }

    /** As {@link #toSessionSecure} but {@code from} believes {@code theirKey} is the peer's key. */
    static MediaPlan withKeys(MediaSession from, MediaSession to, AudioFormat codec, SdesCrypto theirKey) {
        return new MediaPlan(to.localRtp(), rtcpOf(to), codec, Optional.of(Codecs.TELEPHONE_EVENT),
                MediaDirection.SENDRECV, Optional.of(theirKey), Optional.of(from.localCryptoOffers().getFirst()));
    }

    private static InetSocketAddress rtcpOf(MediaSession session) {
        return new InetSocketAddress(session.localRtp().getAddress(), session.localRtp().getPort() + 1);
    }
}
