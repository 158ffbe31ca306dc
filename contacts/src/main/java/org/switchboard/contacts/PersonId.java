package org.switchboard.contacts;

/** Stable identifier of a person in one profile's address book. */
public record PersonId(long value) {
    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("person id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
