package org.switchboard.contacts;

import java.util.Locale;
import java.util.Optional;

/** The kinds of address a person can be reached at, each with its URI scheme. */
public enum EndpointKind {
    EMAIL("mailto", "Email"),
    XMPP("xmpp", "XMPP"),
    SIP("sip", "SIP"),
    PHONE("tel", "Phone");

    private final String scheme;
    private final String label;

    EndpointKind(String scheme, String label) {
        this.scheme = scheme;
        this.label = label;
    }

    /** The URI scheme of addresses of this kind, without the colon. */
    public String scheme() {
        return scheme;
    }

    /** A short human label ("Email", "Phone"). */
    public String label() {
        return label;
    }

    /** The lower-case name used in JSON and on the command line ("email", "xmpp", "sip", "phone"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EndpointKind> fromId(String id) {
        for (EndpointKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id) || kind.scheme.equalsIgnoreCase(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
