package org.switchboard.contacts;

import java.util.Locale;

/**
 * Presence on one ranked scale shared by every protocol (XMPP show values, SIP registration and
 * PIDF, calendar busy). A higher {@link #rank()} means more likely to answer right now.
 */
public enum Presence {
    /** No presence source for this endpoint (an email address, a phone number, no account). */
    UNKNOWN(-1, "unknown"),
    OFFLINE(0, "offline"),
    EXTENDED_AWAY(20, "extended away"),
    BUSY(30, "busy"),
    AWAY(40, "away"),
    AVAILABLE(65, "available"),
    /** Free for chat: actively inviting conversation. */
    CHAT(85, "free for chat");

    private final int rank;
    private final String label;

    Presence(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    /** Plain words for a card ("away", "free for chat"). */
    public String label() {
        return label;
    }

    public boolean isOnline() {
        return rank > OFFLINE.rank;
    }

    /** Available or free for chat: someone who would pick up a call. */
    public boolean isAvailable() {
        return rank >= AVAILABLE.rank;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more reachable of the two. */
    public static Presence best(Presence a, Presence b) {
        return a.rank >= b.rank ? a : b;
    }
}
