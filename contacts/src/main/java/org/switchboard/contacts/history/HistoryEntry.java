package org.switchboard.contacts.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;

/** An item of a person's timeline: a message or a call (mails will join as a further record). */
public sealed interface HistoryEntry permits MessageRecord, CallRecord {
    /** The stored identity; {@code null} until stored. */
    @Nullable HistoryId id();

    /** The person owning {@link #peer()} in the address book when read; {@code null} when nobody does. */
    @Nullable PersonId person();

    /** The other side's address. */
    Endpoint peer();

    Direction direction();

    /** When it happened (for messages: the sender's or archive's timestamp). */
    Instant at();

    EntryKind kind();
}
