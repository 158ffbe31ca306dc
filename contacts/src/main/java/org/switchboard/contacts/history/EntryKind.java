package org.switchboard.contacts.history;

import java.util.Locale;

/** What a timeline entry is; calls and mails join messages in the same timeline. */
public enum EntryKind {
    MESSAGE,
    CALL,
    MAIL;

    /** The lower-case name stored and printed ("message", "call", "mail"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
