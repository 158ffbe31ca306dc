package org.switchboard.media.jitsi;

import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.impl.neomedia.transform.TransformEngine;
import org.jitsi.service.neomedia.RawPacket;

/**
 * A stream's external transformer in front of its {@link PacketClock}: while closed it drops every
 * outgoing RTP and RTCP packet, so that a stream prepared before the answer (microphone and encoder
 * running, no peer yet) sends nothing and counts nothing. It sits before libjitsi's statistics and
 * SRTP in the chain. Incoming packets pass once it receives: at once for a call's stream (early media
 * plays while it rings), only from its call's start for a stream on standby, so that nothing sent to a
 * standby's ports plays while no call is there.
 */
final class SendGate implements TransformEngine {
    private final PacketClock clock;
    private final Gated rtp;
    private final Gated rtcp;
    private volatile boolean open;
    private volatile boolean receiving;

    SendGate(PacketClock clock, boolean open, boolean receiving) {
        this.clock = clock;
        this.open = open;
        this.receiving = receiving;
        this.rtp = new Gated(clock.getRTPTransformer());
        this.rtcp = new Gated(clock.getRTCPTransformer());
    }

    PacketClock clock() {
        return clock;
    }

    /** From now on outgoing packets pass. */
    void open() {
        open = true;
    }

    boolean isOpen() {
        return open;
    }

    /** From now on incoming packets pass. */
    void receive() {
        receiving = true;
    }

    @Override
    public PacketTransformer getRTPTransformer() {
        return rtp;
    }

    @Override
    public PacketTransformer getRTCPTransformer() {
        return rtcp;
    }

    /** One direction of packets (RTP or RTCP) through the gate. */
    private final class Gated implements PacketTransformer {
        private final PacketTransformer next;

        Gated(PacketTransformer next) {
            this.next = next;
        }

        @Override
        public RawPacket[] transform(RawPacket[] packets) {
            if (!open) {
                java.util.Arrays.fill(packets, null);
                return packets;
            }
            return next.transform(packets);
        }

        @Override
        public RawPacket[] reverseTransform(RawPacket[] packets) {
            if (!receiving) {
                java.util.Arrays.fill(packets, null);
                return packets;
            }
            return next.reverseTransform(packets);
        }

        @Override
        public void close() {
            next.close();
        }
    }
}
