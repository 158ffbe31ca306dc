package org.switchboard.media.jitsi;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.MediaException;

/** An RTP socket on an even port and its RTCP socket on the next one, both bound to one local address. */
record RtpSockets(DatagramSocket rtp, DatagramSocket rtcp) implements AutoCloseable {
    /** Below the Linux ephemeral range (32768–60999), so the kernel's own picks rarely collide with ours. */
    private static final int FIRST_PORT = 16384;
    private static final int LAST_PORT = 32766;
    private static final int ATTEMPTS = 200;
    private static final java.time.Duration REBIND_PATIENCE = java.time.Duration.ofSeconds(1);

    static RtpSockets allocate(InetAddress address) throws MediaException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = FIRST_PORT + 2 * ThreadLocalRandom.current().nextInt((LAST_PORT - FIRST_PORT) / 2 + 1);
            DatagramSocket rtp = bind(address, port);
            if (rtp == null) {
                continue;
            }
            DatagramSocket rtcp = bind(address, port + 1);
            if (rtcp != null) {
                return new RtpSockets(rtp, rtcp);
            }
            rtp.close();
        }
        throw new MediaException("No free ports for the call's audio on " + address.getHostAddress() + ".", null);
    }

    private static @Nullable DatagramSocket bind(InetAddress address, int port) {
        try {
            return new DatagramSocket(new InetSocketAddress(address, port));
        } catch (SocketException e) {
            return null;
        }
    }

    /**
     * Sockets on {@code address} and {@code rtpPort} (and the next port) for a new stream after a closed
     * one: these if the closed stream left them open, else new ones on the same ports (they are in the
     * SDP the peer has). A closed socket no longer tells its port, so the caller keeps them from before.
     */
    RtpSockets reopen(InetAddress address, int rtpPort) throws MediaException {
        if (!rtp.isClosed() && !rtcp.isClosed()) {
            return this; // the closed stream left them open
        }
        close();
        // a socket closed while a thread still receives on it frees its port only once that thread is out
        DatagramSocket newRtp = null;
        DatagramSocket newRtcp = null;
        long deadline = System.nanoTime() + REBIND_PATIENCE.toNanos();
        while (newRtp == null || newRtcp == null) {
            newRtp = newRtp != null ? newRtp : bind(address, rtpPort);
            newRtcp = newRtcp != null ? newRtcp : bind(address, rtpPort + 1);
            if ((newRtp == null || newRtcp == null) && System.nanoTime() > deadline) {
                break;
            }
            if (newRtp == null || newRtcp == null) {
                LockSupport.parkNanos(10_000_000L);
            }
        }
        if (newRtp == null || newRtcp == null) {
            if (newRtp != null) {
                newRtp.close();
            }
            if (newRtcp != null) {
                newRtcp.close();
            }
            throw new MediaException("The call's audio ports " + rtpPort + "/" + (rtpPort + 1) + " could not be opened again.", null);
        }
        return new RtpSockets(newRtp, newRtcp);
    }

    InetSocketAddress localRtp() {
        return new InetSocketAddress(rtp.getLocalAddress(), rtp.getLocalPort());
    }

    @Override
    public void close() {
        rtp.close();
        rtcp.close();
    }
}
