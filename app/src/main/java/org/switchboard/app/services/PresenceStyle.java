package org.switchboard.app.services;

import org.switchboard.contacts.Presence;

/** The style class and words for a presence, shared by the list and the card. */
public final class PresenceStyle {
    private PresenceStyle() {}

    /** One of the presence-dot style classes of the theme: available, away, busy, offline, unknown. */
    public static String styleClass(Presence presence) {
        return switch (presence) {
            case CHAT, AVAILABLE -> "available";
            case AWAY, EXTENDED_AWAY -> "away";
            case BUSY -> "busy";
            case OFFLINE -> "offline";
            case UNKNOWN -> "unknown";
        };
    }

    /** Words for a person's overall presence ("Available", "Presence unknown"). */
    public static String describe(Presence presence) {
        return switch (presence) {
            case UNKNOWN -> "Presence unknown";
            case CHAT -> "Free for chat";
            default -> Character.toUpperCase(presence.label().charAt(0)) + presence.label().substring(1);
        };
    }
}
