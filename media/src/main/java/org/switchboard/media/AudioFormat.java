package org.switchboard.media;

import java.util.Map;
import java.util.Objects;

/**
 * One RTP audio format as SDP names it ({@code a=rtpmap:111 opus/48000/2}).
 *
 * @param encoding the encoding name: {@code opus}, {@code PCMU}, {@code PCMA}, {@code telephone-event}
 * @param clockRate RTP clock rate
 * @param channels channel count (2 for Opus as RFC 7587 requires, 1 otherwise)
 * @param payloadType the RTP payload type (static 0/8, dynamic 96–127)
 * @param parameters {@code a=fmtp} parameters: {@code useinbandfec=1} is the key {@code useinbandfec}
 *     with the value {@code 1}; a bare token such as telephone-event's {@code 0-16} is a key with an empty value
 */
public record AudioFormat(String encoding, int clockRate, int channels, int payloadType, Map<String, String> parameters) {
    public AudioFormat {
        Objects.requireNonNull(encoding, "encoding");
        parameters = Map.copyOf(parameters);
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type " + payloadType + " is outside 0–127");
        }
    }

    public boolean isTelephoneEvent() {
        return encoding.equalsIgnoreCase("telephone-event");
    }

    /** True when both are the same codec (name, clock rate, channels), whatever their payload types. */
    public boolean sameCodec(AudioFormat other) {
        return encoding.equalsIgnoreCase(other.encoding) && clockRate == other.clockRate && channels == other.channels;
    }

    /** The codec as a person reads it: {@code opus/48000}, {@code PCMU/8000}. */
    public String display() {
        return encoding + "/" + clockRate;
    }
}
