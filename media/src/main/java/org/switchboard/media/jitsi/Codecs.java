package org.switchboard.media.jitsi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jitsi.service.neomedia.format.MediaFormat;
import org.jitsi.service.neomedia.format.MediaFormatFactory;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaException;

/** The formats we offer and their libjitsi counterparts. */
final class Codecs {
    static final AudioFormat OPUS = new AudioFormat("opus", 48000, 2, 111, Map.of("useinbandfec", "1"));
    static final AudioFormat PCMU = new AudioFormat("PCMU", 8000, 1, 0, Map.of());
    static final AudioFormat PCMA = new AudioFormat("PCMA", 8000, 1, 8, Map.of());
    /** RFC 4733 events 0–16 (digits, *, #, A–D, flash); a bare fmtp token is a key with an empty value. */
    static final AudioFormat TELEPHONE_EVENT = new AudioFormat("telephone-event", 8000, 1, 101, Map.of("0-16", ""));
    static final List<AudioFormat> OFFERED = List.of(OPUS, PCMU, PCMA, TELEPHONE_EVENT);

    private static final int FIRST_DYNAMIC_PAYLOAD_TYPE = 96;

    private Codecs() {}

    /** libjitsi's format for {@code format}; Opus needs its channel count or libjitsi knows no such format. */
    static MediaFormat toJitsi(MediaFormatFactory factory, AudioFormat format) throws MediaException {
        Map<String, String> fmtp = new LinkedHashMap<>();
        format.parameters().forEach((key, value) -> {
            if (!value.isEmpty()) {
                fmtp.put(key, value);
            }
        });
        MediaFormat jitsi = fmtp.isEmpty()
                ? factory.createMediaFormat(format.encoding(), format.clockRate(), format.channels())
                : factory.createMediaFormat(format.encoding(), format.clockRate(), format.channels(), -1, fmtp, Map.of());
        if (jitsi == null) {
            throw new MediaException("The audio format " + format.display() + " is not supported.", null);
        }
        return jitsi;
    }

    static boolean isDynamic(AudioFormat format) {
        return format.payloadType() >= FIRST_DYNAMIC_PAYLOAD_TYPE;
    }

    static org.jitsi.service.neomedia.MediaDirection toJitsi(MediaDirection direction) {
        return switch (direction) {
            case SENDRECV -> org.jitsi.service.neomedia.MediaDirection.SENDRECV;
            case SENDONLY -> org.jitsi.service.neomedia.MediaDirection.SENDONLY;
            case RECVONLY -> org.jitsi.service.neomedia.MediaDirection.RECVONLY;
            case INACTIVE -> org.jitsi.service.neomedia.MediaDirection.INACTIVE;
        };
    }
}
