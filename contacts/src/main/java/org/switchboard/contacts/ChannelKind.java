package org.switchboard.contacts;

import java.util.Locale;
import java.util.Optional;

/** The kinds of action that reach a person: what the user does, whatever the protocol. */
public enum ChannelKind {
    CHAT("Chat"),
    CALL("Call"),
    EMAIL("Email");

    private final String label;

    ChannelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChannelKind> fromId(String id) {
        for (ChannelKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
