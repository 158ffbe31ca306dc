package org.switchboard.media;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * What offer and answer agreed on for one audio stream.
 *
 * @param remoteRtp where the peer receives RTP (RTCP on the next port unless {@code a=rtcp} said otherwise)
 * @param remoteRtcp where the peer receives RTCP
 * @param codec the one audio format both sides send
 * @param telephoneEvent the RFC 4733 format when both sides have it
 * @param direction our side's direction ({@code sendonly} while we hold, {@code recvonly} while they hold)
 * @param remoteCrypto the peer's SDES key when the call is SRTP; empty for plain RTP
 * @param localCrypto our SDES key the peer accepted (same suite and tag); empty for plain RTP
 */
public record MediaPlan(InetSocketAddress remoteRtp, InetSocketAddress remoteRtcp, AudioFormat codec,
                        Optional<AudioFormat> telephoneEvent, MediaDirection direction,
                        Optional<SdesCrypto> remoteCrypto, Optional<SdesCrypto> localCrypto) {
    public MediaPlan {
        Objects.requireNonNull(remoteRtp, "remoteRtp");
        Objects.requireNonNull(remoteRtcp, "remoteRtcp");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(telephoneEvent, "telephoneEvent");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(remoteCrypto, "remoteCrypto");
        Objects.requireNonNull(localCrypto, "localCrypto");
        if (remoteCrypto.isPresent() != localCrypto.isPresent()) {
            throw new IllegalArgumentException("SRTP needs both keys, ours and theirs");
        }
    }

    public MediaPlan withDirection(MediaDirection other) {
        return new MediaPlan(remoteRtp, remoteRtcp, codec, telephoneEvent, other, remoteCrypto, localCrypto);
    }
}
