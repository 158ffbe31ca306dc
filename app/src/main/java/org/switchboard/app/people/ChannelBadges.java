package org.switchboard.app.people;

import org.switchboard.contacts.EndpointKind;

/** Short words for the kinds of address, as shown on list badges. */
public final class ChannelBadges {
    private ChannelBadges() {}

    public static String text(EndpointKind kind) {
        return switch (kind) {
            case EMAIL -> "mail";
            case XMPP -> "chat";
            case SIP -> "voice";
            case PHONE -> "phone";
        };
    }
}
