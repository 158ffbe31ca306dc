package org.switchboard.media;

import java.util.Locale;

/** The SDP direction attribute of a stream, from our side. */
public enum MediaDirection {
    SENDRECV,
    SENDONLY,
    RECVONLY,
    INACTIVE;

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The direction the peer sees: our {@code sendonly} is their {@code recvonly}. */
    public MediaDirection reverse() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** The SDP attribute name ({@code sendrecv}). */
    public String sdp() {
        return name().toLowerCase(Locale.ROOT);
    }
}
