package org.switchboard.contacts.history;

/** Stable identifier of a stored timeline entry in one profile. */
public record HistoryId(long value) {
    public HistoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("history id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
