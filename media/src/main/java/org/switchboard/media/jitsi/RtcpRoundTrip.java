package org.switchboard.media.jitsi;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jitsi.impl.neomedia.transform.PacketTransformer;
import org.jitsi.service.neomedia.RawPacket;

/**
 * The round-trip time of RFC 3550 §6.4.1, from the RTCP a stream sends and receives: our sender
 * reports are remembered by their NTP timestamp's middle 32 bits; a report block about us names one
 * (LSR) and how long the peer held it (DLSR), so the round trip is the time since we sent that report
 * minus the peer's delay. libjitsi computes this too, but mixes two NTP epochs (its figure is off by
 * 2208988800 s mod 2^16 s and is thrown away as invalid), so we measure it here against our own clock.
 */
final class RtcpRoundTrip implements PacketTransformer {
    private static final int SENDER_REPORT = 200;
    private static final int RECEIVER_REPORT = 201;
    private static final int REPORT_BLOCK_BYTES = 24;
    private static final int REMEMBERED_REPORTS = 16;

    private final Map<Integer, Long> sentReports = new ConcurrentHashMap<>();
    private volatile long ourSsrc = -1;
    private volatile double roundTripMs = -1;

    /** The last measured round trip in milliseconds; negative until a report about us came back. */
    double roundTripMs() {
        return roundTripMs;
    }

    @Override
    public RawPacket[] transform(RawPacket[] packets) {
        long now = System.nanoTime();
        for (RawPacket packet : packets) {
            if (packet != null) {
                forEachReport(packet, (type, report, count) -> rememberSent(type, report, now));
            }
        }
        return packets;
    }

    @Override
    public RawPacket[] reverseTransform(RawPacket[] packets) {
        long now = System.nanoTime();
        for (RawPacket packet : packets) {
            if (packet != null) {
                forEachReport(packet, (type, report, count) -> measure(type, report, count, now));
            }
        }
        return packets;
    }

    private void rememberSent(int type, ByteBuffer report, long now) {
        if (type != SENDER_REPORT || report.remaining() < 12) {
            return;
        }
        ourSsrc = report.getInt(report.position()) & 0xFFFFFFFFL;
        long ntp = report.getLong(report.position() + 4);
        if (sentReports.size() >= REMEMBERED_REPORTS) {
            sentReports.clear();
        }
        sentReports.put((int) (ntp >>> 16), now);
    }

    private void measure(int type, ByteBuffer report, int blocks, long now) {
        int first = report.position() + (type == SENDER_REPORT ? 24 : 4);
        for (int block = 0; block < blocks; block++) {
            int at = first + block * REPORT_BLOCK_BYTES;
            if (at + REPORT_BLOCK_BYTES > report.limit()) {
                return;
            }
            long ssrc = report.getInt(at) & 0xFFFFFFFFL;
            int lastSenderReport = report.getInt(at + 16);
            long delay = report.getInt(at + 20) & 0xFFFFFFFFL;
            Long sent = sentReports.get(lastSenderReport);
            if (ssrc == ourSsrc && lastSenderReport != 0 && sent != null) {
                double rtt = (now - sent) / 1e6 - delay * 1000.0 / 65536;
                roundTripMs = Math.max(0, rtt);
            }
        }
    }

    /** Calls {@code visitor} for each SR and RR of a compound RTCP packet with the body after the header. */
    private static void forEachReport(RawPacket packet, ReportVisitor visitor) {
        ByteBuffer buffer = ByteBuffer.wrap(packet.getBuffer(), packet.getOffset(), packet.getLength()).slice();
        int at = 0;
        while (at + 4 <= buffer.limit()) {
            int first = buffer.get(at) & 0xFF;
            int type = buffer.get(at + 1) & 0xFF;
            int length = ((buffer.getShort(at + 2) & 0xFFFF) + 1) * 4;
            if ((first >> 6) != 2 || at + length > buffer.limit()) {
                return;
            }
            if (type == SENDER_REPORT || type == RECEIVER_REPORT) {
                visitor.visit(type, buffer.slice(at + 4, length - 4), first & 0x1F);
            }
            at += length;
        }
    }

    @FunctionalInterface
    private interface ReportVisitor {
        void visit(int type, ByteBuffer body, int reportCount);
    }

    @Override
    public void close() {
        sentReports.clear();
    }
}
