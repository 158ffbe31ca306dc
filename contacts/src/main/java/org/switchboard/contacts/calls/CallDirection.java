package org.switchboard.contacts.calls;

/** Who placed a call. */
public enum CallDirection {
    OUTGOING,
    INCOMING
}
