package org.switchboard.contacts.history;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;

/**
 * A chat message in the timeline.
 *
 * @param id the stored identity; {@code null} until stored
 * @param person the person owning {@code peer} when read; ignored when appended (the address book decides)
 * @param account the user's own account the message went through (e.g. the bare JID)
 * @param peer the other side's address
 * @param direction {@code IN} from the peer, {@code OUT} from the user (any of their devices)
 * @param body the text, never interpreted as markup
 * @param at when it was sent (the sender's delayed-delivery or the archive's timestamp when known)
 * @param originId the sender's id for it (XEP-0359 origin-id, else the stanza's {@code id}); unique
 *     within one conversation; corrections and receipts refer to it
 * @param stanzaId the archive's id for it (XEP-0359 stanza-id of the user's server), unique per account
 * @param delivery how far an outgoing message got; {@code DELIVERED} for incoming ones
 * @param unread an incoming message the user has not seen yet
 * @param correctedAt when it was last corrected (XEP-0308), or {@code null}
 * @param originalBody the body before the first correction, or {@code null} when never corrected
 */
public record MessageRecord(
        @Nullable HistoryId id,
        @Nullable PersonId person,
        String account,
        Endpoint peer,
        Direction direction,
        String body,
        Instant at,
        @Nullable String originId,
        @Nullable String stanzaId,
        DeliveryState delivery,
        boolean unread,
        @Nullable Instant correctedAt,
        @Nullable String originalBody) implements HistoryEntry {

    public MessageRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(delivery, "delivery");
        if (account.isBlank()) {
            throw new IllegalArgumentException("a message needs the account it went through");
        }
        originId = blankToNull(originId);
        stanzaId = blankToNull(stanzaId);
        if (direction == Direction.OUT && unread) {
            throw new IllegalArgumentException("an outgoing message cannot be unread");
        }
    }

    /** A message received from {@code peer}, unread and delivered. */
    public static MessageRecord incoming(String account, Endpoint peer, String body, Instant at,
            @Nullable String originId, @Nullable String stanzaId) {
        return new MessageRecord(null, null, account, peer, Direction.IN, body, at, originId, stanzaId,
                DeliveryState.DELIVERED, true, null, null);
    }

    /** A message the user sent (from this or another device) to {@code peer}. */
    public static MessageRecord outgoing(String account, Endpoint peer, String body, Instant at,
            @Nullable String originId, @Nullable String stanzaId, DeliveryState delivery) {
        return new MessageRecord(null, null, account, peer, Direction.OUT, body, at, originId, stanzaId,
                delivery, false, null, null);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.MESSAGE;
    }

    /** True when the body was corrected after it was sent. */
    public boolean corrected() {
        return correctedAt != null;
    }

    /** The same message marked read or unread (incoming only). */
    public MessageRecord withUnread(boolean newUnread) {
        return new MessageRecord(id, person, account, peer, direction, body, at, originId, stanzaId, delivery,
                newUnread, correctedAt, originalBody);
    }

    /** The same message in another delivery state. */
    public MessageRecord withDelivery(DeliveryState newDelivery) {
        return new MessageRecord(id, person, account, peer, direction, body, at, originId, stanzaId, newDelivery,
                unread, correctedAt, originalBody);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
