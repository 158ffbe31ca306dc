package org.switchboard.contacts.history;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message matching a history search.
 *
 * @param message the stored message; its {@code person} is the peer's owner in the address book
 * @param personName that person's display name, or {@code null} when the peer is nobody's address
 * @param snippet the matching part of the body with the matches marked
 */
public record SearchHit(MessageRecord message, @Nullable String personName, Snippet snippet) {
    public SearchHit {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(snippet, "snippet");
    }
}
