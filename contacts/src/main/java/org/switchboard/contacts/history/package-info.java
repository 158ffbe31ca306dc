/**
 * One timeline per person: messages (and, later, calls and mails) exchanged with a person's
 * addresses, stored once whatever path they arrived by (live, carbon copy, archive catch-up), with
 * delivery state, corrections (XEP-0308), unread counts and full-text search. Pure types and the
 * {@link org.switchboard.contacts.history.MessageHistory} port; the SQLite implementation is in
 * {@code store}.
 */
@NullMarked
package org.switchboard.contacts.history;

import org.jspecify.annotations.NullMarked;
