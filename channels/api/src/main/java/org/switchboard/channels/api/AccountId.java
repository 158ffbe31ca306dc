package org.switchboard.channels.api;

/** Identifies one configured account, e.g. {@code xmpp:alice@example.test}. */
public record AccountId(String value) {
    @Override
    public String toString() {
        return value;
    }
}
