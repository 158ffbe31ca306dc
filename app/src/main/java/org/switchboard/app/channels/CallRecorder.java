package org.switchboard.app.channels;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;

/**
 * Stores each call of the hub in the person's history once it has ended (direction, duration,
 * outcome and quality) and tells the hub's call listeners about each call stored.
 */
final class CallRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);
    private final MessageHistory history;
    private final Listeners<CallRecord> listeners;
    private final Clock clock;

    CallRecorder(MessageHistory history, Listeners<CallRecord> listeners, Clock clock) {
        this.history = history;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Follows {@code call} from now (when it started ringing) and stores it when it ends. */
    void follow(String account, Call call) {
        Instant started = clock.instant();
        call.ended().thenAccept(end -> store(account, call, started, end)).exceptionally(failure -> {
            LOG.warn("Call {} ended without its final state; it is not in the history", call.id(), failure);
            return null;
        });
    }

    private void store(String account, Call call, Instant started, CallState.Ended end) {
        Direction direction = call.direction() == CallDirection.OUTGOING ? Direction.OUT : Direction.IN;
        CallRecord record = new CallRecord(null, null, account, call.remote(), direction, started, call.id(), end.talked(),
                end.reason().words(), call.quality());
        boolean stored;
        try {
            stored = history.appendCall(record);
        } catch (RuntimeException e) {
            LOG.warn("Could not store call {} in the history", call.id(), e);
            return;
        }
        if (stored) {
            listeners.publish(record);
        }
    }
}
