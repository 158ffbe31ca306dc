package org.switchboard.contacts.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;

/**
 * The message history port: every message stored once, whatever path it arrived by. A message is a
 * duplicate of a stored one when it has the same archive id ({@code stanzaId}) in the same account,
 * or the same sender id ({@code originId}) in the same conversation (account and peer); a duplicate
 * is merged into the stored row (missing ids filled in, delivery state advanced), never stored again.
 * A message with neither id cannot be recognised and is always stored. Every call is one transaction;
 * implementations are thread-safe.
 */
public interface MessageHistory {

    /** Stores the message unless it is a duplicate; {@code true} when it was new. */
    boolean append(MessageRecord message);

    /**
     * Stores all of them in one transaction (e.g. one archive page), skipping and merging duplicates,
     * also duplicates within {@code messages}.
     *
     * @return how many were new; 0 means the whole batch was already known
     */
    int appendAll(List<MessageRecord> messages);

    /**
     * Like {@link #appendAll} but returns the messages that were new, in the given order, so that a
     * caller can announce exactly those (e.g. an archive page after a reconnect). The default stores
     * them one by one; stores override it with one transaction.
     */
    default List<MessageRecord> appendNew(List<MessageRecord> messages) {
        return messages.stream().filter(this::append).toList();
    }

    /**
     * Stores a finished call in the timeline of its peer, unless a call with the same id in the same
     * account is stored already; {@code true} when it was new. Calls are not full-text indexed.
     */
    boolean appendCall(CallRecord call);

    /**
     * The user's messages through {@code account} still waiting for a connection ({@link
     * DeliveryState#QUEUED}), oldest first, to send when the account connects again.
     */
    List<MessageRecord> queued(String account);

    /**
     * The message with sender id {@code originId} in the conversation of {@code account} with
     * {@code peer}, as stored now (after corrections); empty when unknown.
     */
    default Optional<MessageRecord> findByOriginId(String account, Endpoint peer, String originId) {
        return Optional.empty();
    }

    /**
     * Moves the outgoing message with this origin id in that conversation to {@code state}, if
     * {@link DeliveryState#canMoveTo} allows; {@code false} when there is no such message or the
     * state would move backwards.
     */
    boolean updateDelivery(String account, Endpoint peer, String originId,
            DeliveryState state);

    /**
     * Applies a correction to the message it replaces, keeping the first body; an older correction
     * arriving after a newer one is ignored. {@code false} when the message is not stored (yet).
     */
    boolean correct(Correction correction);

    Optional<MessageRecord> find(HistoryId id);

    /**
     * Up to {@code limit} entries of the conversation just before {@code before} (the newest when
     * {@code null}), oldest first; pass {@link HistoryCursor#of} the first one to get the page before.
     */
    List<HistoryEntry> timeline(Conversation conversation, @Nullable HistoryCursor before, int limit);

    /**
     * Full-text search over every message body, as the user types: each word must occur (diacritics
     * and case ignored), the last word as a prefix unless the text ends with a space. Any text is a
     * valid query; punctuation is ignored. The most recently stored matches first.
     */
    List<SearchHit> search(String text, int limit);

    /** Incoming messages in the conversation the user has not read. */
    int unreadCount(Conversation conversation);

    /**
     * Unread incoming messages per person of the address book, counted as {@link #unreadCount} counts a
     * person's conversation, in one pass; persons with none are absent.
     */
    Map<PersonId, Integer> unreadByPerson();

    /** Marks every incoming message of the conversation read; returns how many were unread. */
    int markRead(Conversation conversation);

    /** How many entries are stored. */
    long count();
}
