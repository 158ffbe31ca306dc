package org.switchboard.channels.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SIP datagram socket that screens what arrives before JAIN-SIP parses it: a request without a
 * mandatory header or with a Content-Length beyond its datagram gets a 400 here, because the stack
 * would drop it without an answer (and the sender would retransmit for half a minute).
 */
final class GuardedDatagramSocket extends DatagramSocket {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedDatagramSocket.class);

    GuardedDatagramSocket(SocketAddress bindAddress) throws SocketException {
        super(bindAddress);
    }

    @Override
    public void receive(DatagramPacket packet) throws IOException {
        while (true) {
            super.receive(packet);
            byte[] datagram = Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength());
            DatagramScreen.Verdict verdict;
            try {
                verdict = DatagramScreen.check(datagram);
            } catch (RuntimeException e) {
                LOG.warn("Could not screen a datagram from {}; passing it to the stack", packet.getSocketAddress(), e);
                return;
            }
            switch (verdict) {
                case DatagramScreen.Verdict.Pass pass -> {
                    return;
                }
                case DatagramScreen.Verdict.Drop drop ->
                        LOG.warn("Dropped a malformed SIP message from {}: {}", packet.getSocketAddress(), drop.reason());
                case DatagramScreen.Verdict.Reply reply -> {
                    LOG.warn("Answered a malformed SIP request from {} with 400: {}", packet.getSocketAddress(), reply.reason());
                    send(new DatagramPacket(reply.response(), reply.response().length, packet.getSocketAddress()));
                }
            }
            packet.setLength(packet.getData().length - packet.getOffset());
        }
    }
}
