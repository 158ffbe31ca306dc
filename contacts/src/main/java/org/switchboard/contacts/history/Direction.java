package org.switchboard.contacts.history;

/** Whether an entry came from the peer ({@code IN}) or from the user, on any of their devices ({@code OUT}). */
public enum Direction {
    IN,
    OUT
}
