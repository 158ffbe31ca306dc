package org.switchboard.channels.sip;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.media.MediaDirection;

/**
 * A session description (RFC 4566) as far as calls need it: the origin, the connection address,
 * and the media lines with their attributes in order. Unknown lines are kept out; unknown
 * attributes are kept in.
 *
 * @param connection the session-level {@code c=} address; empty when every media line has its own
 */
record Sdp(Origin origin, String sessionName, Optional<String> connection, List<Attribute> attributes, List<Media> media) {
    Sdp {
        Objects.requireNonNull(origin, "origin");
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
    }

    /** The session-level direction attribute, if any. */
    Optional<MediaDirection> direction() {
        return Attribute.direction(attributes);
    }

    /** The first audio stream that is not disabled (port 0). */
    Optional<Media> audio() {
        return media.stream().filter(m -> m.type().equalsIgnoreCase("audio") && m.port() != 0).findFirst();
    }

    /** {@code o=}: who made the description and its version, which grows with each change. */
    record Origin(String username, String sessionId, long version, String address) {
        Origin next() {
            return new Origin(username, sessionId, version + 1, address);
        }
    }

    /** {@code a=name:value}, or a flag {@code a=name} with an empty value. */
    record Attribute(String name, String value) {
        static Optional<MediaDirection> direction(List<Attribute> attributes) {
            for (Attribute a : attributes) {
                switch (a.name().toLowerCase(Locale.ROOT)) {
                    case "sendrecv" -> { return Optional.of(MediaDirection.SENDRECV); }
                    case "sendonly" -> { return Optional.of(MediaDirection.SENDONLY); }
                    case "recvonly" -> { return Optional.of(MediaDirection.RECVONLY); }
                    case "inactive" -> { return Optional.of(MediaDirection.INACTIVE); }
                    default -> { }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code m=} with what follows it.
     *
     * @param formats the payload types in the order of preference the sender gave
     * @param connection the media-level {@code c=} address, if any
     */
    record Media(String type, int port, String protocol, List<String> formats, Optional<String> connection,
                 List<Attribute> attributes) {
        Media {
            formats = List.copyOf(formats);
            attributes = List.copyOf(attributes);
        }

        /** The values of every {@code a=name:} attribute, in order. */
        List<String> values(String name) {
            return attributes.stream().filter(a -> a.name().equalsIgnoreCase(name)).map(Attribute::value).toList();
        }

        /** The value of {@code a=name:<payloadType> …} after the payload type, if present. */
        Optional<String> forFormat(String name, String payloadType) {
            for (String value : values(name)) {
                int space = value.indexOf(' ');
                String pt = space < 0 ? value : value.substring(0, space);
                if (pt.equals(payloadType)) {
                    return Optional.of(space < 0 ? "" : value.substring(space + 1).strip());
                }
            }
            return Optional.empty();
        }

        boolean secure() {
            return protocol.equalsIgnoreCase("RTP/SAVP");
        }
    }
}
