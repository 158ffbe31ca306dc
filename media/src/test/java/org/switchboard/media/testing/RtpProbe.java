package org.switchboard.media.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A plain RTP peer on the loopback interface for tests: it records every packet that arrives on its
 * RTP socket and can send a PCMU tone, paced in real time, to a session.
 */
public final class RtpProbe implements AutoCloseable {
    private static final int PCMU_PACKET_SAMPLES = 160;

    private final DatagramSocket rtp;
    private final DatagramSocket rtcp;
    private final List<RtpPacket> received = new CopyOnWriteArrayList<>();
    private final Thread receiver;
    private volatile boolean open = true;
    private volatile boolean sending;

    private RtpProbe(DatagramSocket rtp, DatagramSocket rtcp) {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.receiver = Thread.ofPlatform().daemon().name("rtp-probe").unstarted(this::receive);
    }

    public static RtpProbe open() {
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            RtpProbe probe = new RtpProbe(new DatagramSocket(0, loopback), new DatagramSocket(0, loopback));
            probe.receiver.start();
            return probe;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
        while (open) {
            try {
                rtp.receive(datagram);
                if (datagram.getLength() >= 12 && (buffer[0] & 0xC0) == 0x80) {
                    received.add(RtpPacket.parse(buffer, datagram.getLength()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    public InetSocketAddress rtpAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), rtp.getLocalPort());
    }

    public InetSocketAddress rtcpAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), rtcp.getLocalPort());
    }

    public List<RtpPacket> packets() {
        return List.copyOf(received);
    }

    public List<RtpPacket> packets(int payloadType) {
        return received.stream().filter(packet -> packet.payloadType() == payloadType).toList();
    }

    public void clear() {
        received.clear();
    }

    /** The PCMU (payload type 0) packets received so far, in sequence order, decoded to 8 kHz samples. */
    public Pcm decodedPcmu() {
        List<RtpPacket> packets = new ArrayList<>(packets(0));
        packets.sort(Comparator.comparingInt(RtpPacket::sequence));
        short[] samples = new short[packets.stream().mapToInt(packet -> packet.payload().length).sum()];
        int position = 0;
        for (RtpPacket packet : packets) {
            short[] decoded = Tones.decodeMuLaw(packet.payload(), 0, packet.payload().length);
            System.arraycopy(decoded, 0, samples, position, decoded.length);
            position += decoded.length;
        }
        return new Pcm(samples, 8000);
    }

    /** Sends {@code pcm} (8 kHz) as PCMU in 20 ms packets to {@code target}, paced in real time; blocks until done. */
    public void sendPcmu(Pcm pcm, InetSocketAddress target) {
        long ssrc = 0x5EED_0001L;
        long next = System.nanoTime();
        sending = true;
        for (int packet = 0; (packet + 1) * PCMU_PACKET_SAMPLES <= pcm.samples().length && open && sending; packet++) {
            byte[] payload = Tones.encodeMuLaw(pcm.samples(), packet * PCMU_PACKET_SAMPLES, PCMU_PACKET_SAMPLES);
            byte[] bytes = new RtpPacket(0, packet == 0, packet, (long) packet * PCMU_PACKET_SAMPLES, ssrc, payload).toBytes();
            try {
                rtp.send(new DatagramPacket(bytes, bytes.length, target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            next += 20_000_000L;
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    /** Ends a {@link #sendPcmu} running on another thread after its current packet. */
    public void stopSending() {
        sending = false;
    }

    @Override
    public void close() {
        open = false;
        rtp.close();
        rtcp.close();
    }
}
