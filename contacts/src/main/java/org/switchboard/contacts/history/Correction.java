package org.switchboard.contacts.history;

import java.time.Instant;
import java.util.Objects;
import org.switchboard.contacts.Endpoint;

/**
 * A last-message correction (XEP-0308): the message with origin id {@code replacedId}, exchanged
 * with {@code peer} in {@code direction}, now reads {@code body}. Only the original sender may
 * correct a message, so the direction must match the stored one.
 */
public record Correction(String account, Endpoint peer, Direction direction, String replacedId, String body,
        Instant at) {
    public Correction {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(replacedId, "replacedId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
    }
}
