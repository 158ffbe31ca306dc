package org.switchboard.media.testing;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** One RTP packet as a test sees it on the wire (RFC 3550 fixed header, no extensions parsed). */
public record RtpPacket(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, byte[] payload) {
    public static RtpPacket parse(byte[] data, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
        int first = buffer.get() & 0xFF;
        int second = buffer.get() & 0xFF;
        int sequence = buffer.getShort() & 0xFFFF;
        long timestamp = buffer.getInt() & 0xFFFFFFFFL;
        long ssrc = buffer.getInt() & 0xFFFFFFFFL;
        int headerLength = 12 + 4 * (first & 0x0F);
        if ((first & 0x10) != 0) {
            int extensionWords = ((data[headerLength + 2] & 0xFF) << 8) | (data[headerLength + 3] & 0xFF);
            headerLength += 4 + 4 * extensionWords;
        }
        int payloadLength = length - headerLength;
        if ((first & 0x20) != 0) {
            payloadLength -= data[length - 1] & 0xFF;
        }
        return new RtpPacket(second & 0x7F, (second & 0x80) != 0, sequence, timestamp, ssrc,
                Arrays.copyOfRange(data, headerLength, headerLength + Math.max(0, payloadLength)));
    }

    /** A packet with the fixed 12-byte header and {@code payload}. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(12 + payload.length);
        buffer.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | payloadType)).putShort((short) sequence)
                .putInt((int) timestamp).putInt((int) ssrc).put(payload);
        return buffer.array();
    }

    /** The RFC 4733 event of a telephone-event payload (0–9 digits, 10 *, 11 #, 12–15 A–D). */
    public int dtmfEvent() {
        return payload[0] & 0xFF;
    }

    /** The RFC 4733 end bit of a telephone-event payload. */
    public boolean dtmfEnd() {
        return (payload[1] & 0x80) != 0;
    }
}
