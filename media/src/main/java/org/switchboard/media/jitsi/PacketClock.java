package org.switchboard.media.jitsi;

import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.service.neomedia.RawPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a stream's RTP as libjitsi's external transformer: the first packet sent, the last one
 * received (after SRTP, so undecryptable packets do not count), the interarrival jitter of
 * RFC 3550 §6.4.1 (computed here because libjitsi only learns it from RTCP reports) and, through
 * {@link RtcpRoundTrip}, the round-trip time.
 */
final class PacketClock implements TransformEngine, PacketTransformer {
    private static final Logger LOG = LoggerFactory.getLogger(PacketClock.class);

    private final long startNanos = System.nanoTime();
    private final String name;
    private final RtcpRoundTrip roundTrip = new RtcpRoundTrip();
    private volatile long firstSentNanos;
    private volatile long lastReceivedNanos;
    private volatile long receivingSinceNanos = startNanos;
    private volatile int payloadType;
    private volatile int clockRate;
    private volatile double jitterUnits;
    private boolean haveTransit;
    private int lastTransitUnits;

    PacketClock(String name, int payloadType, int clockRate) {
        this.name = name;
        this.payloadType = payloadType;
        this.clockRate = clockRate;
    }

    /** The codec whose packets count for the jitter (telephone events do not). */
    void codec(int payloadType, int clockRate) {
        this.payloadType = payloadType;
        this.clockRate = clockRate;
        jitterUnits = 0;
        haveTransit = false;
    }

    /** Starts counting the incoming silence again (the stream began to expect packets). */
    void expectIncoming() {
        receivingSinceNanos = System.nanoTime();
    }

    /** How long no packet arrived, counted from start or from {@link #expectIncoming()}. */
    long silenceNanos() {
        return System.nanoTime() - Math.max(lastReceivedNanos, receivingSinceNanos);
    }

    boolean received() {
        return lastReceivedNanos != 0;
    }

    double jitterMs() {
        int rate = clockRate;
        return rate <= 0 ? 0 : jitterUnits * 1000.0 / rate;
    }

    @Override
    public RawPacket[] transform(RawPacket[] packets) {
        if (firstSentNanos == 0 && hasPacket(packets)) {
            firstSentNanos = System.nanoTime();
            LOG.info("{}: first RTP packet sent {} ms after start", name, (firstSentNanos - startNanos) / 1_000_000);
        }
        return packets;
    }

    @Override
    public RawPacket[] reverseTransform(RawPacket[] packets) {
        long now = System.nanoTime();
        for (RawPacket packet : packets) {
            if (packet != null) {
                lastReceivedNanos = now;
                if (packet.getPayloadType() == payloadType) {
                    updateJitter(now, packet.getTimestamp());
                }
            }
        }
        return packets;
    }

    private void updateJitter(long arrivalNanos, long rtpTimestamp) {
        int rate = clockRate;
        if (rate <= 0) {
            return;
        }
        long arrivalUnits = (long) (arrivalNanos / 1e9 * rate);
        int transit = (int) (arrivalUnits - rtpTimestamp); // RTP timestamps wrap at 2^32
        if (haveTransit) {
            int difference = Math.abs(transit - lastTransitUnits);
            jitterUnits += (difference - jitterUnits) / 16.0;
        }
        lastTransitUnits = transit;
        haveTransit = true;
    }

    private static boolean hasPacket(RawPacket[] packets) {
        for (RawPacket packet : packets) {
            if (packet != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PacketTransformer getRTPTransformer() {
        return this;
    }

    @Override
    public PacketTransformer getRTCPTransformer() {
        return roundTrip;
    }

    /** The round trip measured from RTCP, in milliseconds; negative until known. */
    double roundTripMs() {
        return roundTrip.roundTripMs();
    }

    @Override
    public void close() {
        // nothing to release
    }
}
