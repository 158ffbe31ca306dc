package org.switchboard.contacts.history;

import java.time.Instant;
import java.util.Objects;

/** A position in a timeline for paging: entries strictly before ({@code at}, {@code id}). */
public record HistoryCursor(Instant at, HistoryId id) {
    public HistoryCursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    /** The position of a stored entry, to fetch the page before it. */
    public static HistoryCursor of(HistoryEntry entry) {
        HistoryId id = entry.id();
        if (id == null) {
            throw new IllegalArgumentException("an entry that is not stored has no position");
        }
        return new HistoryCursor(entry.at(), id);
    }
}
