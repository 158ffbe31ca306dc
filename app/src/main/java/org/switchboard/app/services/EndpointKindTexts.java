package org.switchboard.app.services;

import org.switchboard.contacts.EndpointKind;

/** Every word the GUI shows for a kind of address, in one place. */
public final class EndpointKindTexts {
    private EndpointKindTexts() {}

    /** The short word on a list badge ("mail", "chat", "voice", "phone"). */
    public static String badge(EndpointKind kind) {
        return switch (kind) {
            case EMAIL -> "mail";
            case XMPP -> "chat";
            case SIP -> "voice";
            case PHONE -> "phone";
        };
    }

    /** The heading of a channel row on the person card. */
    public static String heading(EndpointKind kind) {
        return switch (kind) {
            case EMAIL -> "Email";
            case XMPP -> "Chat (XMPP)";
            case SIP -> "Voice (SIP)";
            case PHONE -> "Phone";
        };
    }

    /** An example address, as the prompt of an empty field. */
    public static String example(EndpointKind kind) {
        return switch (kind) {
            case EMAIL -> "name@example.org";
            case XMPP -> "name@chat.example.org";
            case SIP -> "sip:name@voip.example.org";
            case PHONE -> "+49 170 1234567";
        };
    }
}
