package org.switchboard.app.channels;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Puts messages into the history (which drops duplicates by origin-id and stanza-id) and tells the
 * hub's message listeners about each one stored or advanced. Runs on the hub's thread.
 */
final class MessageRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(MessageRecorder.class);
    private final MessageHistory history;
    private final Listeners<MessageRecord> listeners;
    private final Clock clock;
    /** Outgoing messages of this run by conversation and id, to tell listeners about their progress. */
    private final Map<String, MessageRecord> outgoing = new ConcurrentHashMap<>();

    MessageRecorder(MessageHistory history, Listeners<MessageRecord> listeners, Clock clock) {
        this.history = history;
        this.listeners = listeners;
        this.clock = clock;
    }

    void onEvent(String account, MessageEvent event) {
        switch (event) {
            case MessageEvent.Received r -> received(account, r);
            case MessageEvent.Delivered d -> advance(account, d.peer(), d.messageId(), DeliveryState.DELIVERED);
        }
    }

    private void received(String account, MessageEvent.Received r) {
        if (r.isCorrection()) {
            corrected(account, r);
            return;
        }
        MessageRecord record = record(account, r);
        if (history.append(record)) {
            listeners.publish(record);
        } else {
            LOG.debug("Message {} with {} was already stored", r.originId(), r.peer().address());
        }
    }

    /**
     * Stores one archive page in one transaction and announces the messages that were new; then
     * applies the page's corrections (their originals come first in the archive).
     *
     * @return how many messages were new
     */
    int archived(String account, List<MessageEvent.Received> page) {
        List<MessageRecord> plain = page.stream().filter(r -> !r.isCorrection()).map(r -> record(account, r)).toList();
        List<MessageRecord> added = history.appendNew(plain);
        added.forEach(listeners::publish);
        page.stream().filter(MessageEvent.Received::isCorrection).forEach(r -> corrected(account, r));
        return added.size();
    }

    /** Applies a correction (XEP-0308) to the stored original and announces the message as it reads now. */
    void corrected(String account, MessageEvent.Received r) {
        Direction direction = r.fromOwnDevice() ? Direction.OUT : Direction.IN;
        Correction correction = new Correction(account, r.peer(), direction, r.replacesId(), r.body(), r.timestamp());
        if (history.correct(correction)) {
            history.findByOriginId(account, r.peer(), r.replacesId()).ifPresent(listeners::publish);
        } else {
            LOG.debug("Correction of {} with {} matches no stored message", r.replacesId(), r.peer().address());
        }
    }

    /** Applies the user's own correction of {@code originId}; the message as it reads now, when stored. */
    Optional<MessageRecord> correctedOwn(String account, Endpoint peer, String originId, String text) {
        Correction correction = new Correction(account, peer, Direction.OUT, originId, text, clock.instant());
        if (!history.correct(correction)) {
            return Optional.empty();
        }
        Optional<MessageRecord> now = history.findByOriginId(account, peer, originId);
        now.ifPresent(listeners::publish);
        return now;
    }

    /** An incoming message, or one the user sent from another device (acknowledged by the server, which relayed it). */
    private static MessageRecord record(String account, MessageEvent.Received r) {
        return r.fromOwnDevice()
                ? MessageRecord.outgoing(account, r.peer(), r.body(), r.timestamp(), r.originId(), r.serverId(), DeliveryState.ACKED)
                : MessageRecord.incoming(account, r.peer(), r.body(), r.timestamp(), r.originId(), r.serverId());
    }

    /** A message the user sends now, not stored yet. */
    MessageRecord outgoing(String account, Endpoint to, String text, String id) {
        return MessageRecord.outgoing(account, to, text, clock.instant(), id, null, DeliveryState.QUEUED);
    }

    /** Stores an outgoing message as queued (before or while it leaves) and follows its progress. */
    MessageRecord queued(MessageRecord record) {
        String account = record.account();
        Endpoint to = record.peer();
        String id = java.util.Objects.requireNonNull(record.originId(), "an outgoing message has its origin id");
        history.append(record);
        outgoing.put(key(account, to, id), record);
        listeners.publish(record);
        return record;
    }

    /** Follows a queued message stored in an earlier run or while offline, so that {@link #advance} announces it. */
    void track(MessageRecord queued) {
        String id = queued.originId();
        if (id != null) {
            outgoing.putIfAbsent(key(queued.account(), queued.peer(), id), queued);
        }
    }

    /**
     * Moves an outgoing message forward (never back); returns it as it is now when this run sent it.
     * When the stored message is further already (the archive's copy or the receipt came first), the
     * stored state is announced instead.
     */
    @Nullable MessageRecord advance(String account, Endpoint peer, String id, DeliveryState state) {
        String key = key(account, peer, id);
        MessageRecord known = outgoing.get(key);
        boolean moved = history.updateDelivery(account, peer, id, state);
        if (known == null) {
            return null;
        }
        MessageRecord now = moved ? known.withDelivery(state) : history.findByOriginId(account, peer, id).orElse(known);
        if (now.delivery() == known.delivery()) {
            return known;
        }
        if (now.delivery() == DeliveryState.DELIVERED || now.delivery() == DeliveryState.FAILED) {
            outgoing.remove(key);
        } else {
            outgoing.put(key, now);
        }
        listeners.publish(now);
        return now;
    }

    private static String key(String account, Endpoint peer, String id) {
        return account + "\n" + peer.address().toLowerCase(java.util.Locale.ROOT) + "\n" + id;
    }
}
