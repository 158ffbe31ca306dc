package org.switchboard.contacts.history;

/**
 * How far an outgoing message got. The states are ordered: a state only moves forward
 * ({@link #canMoveTo}), so a late stream-management ack never undoes a delivery receipt; a failed
 * message may be queued again.
 */
public enum DeliveryState {
    /** Stored, waiting for a connection. */
    QUEUED,
    /** Written to the connection. */
    SENT,
    /** Acknowledged by the server (stream management), or found in the server's archive. */
    ACKED,
    /** Confirmed by the recipient's client (receipt or marker); incoming messages are stored as delivered. */
    DELIVERED,
    /** Given up on; the user may retry. */
    FAILED;

    /** True when a message in this state may be moved to {@code next}. */
    public boolean canMoveTo(DeliveryState next) {
        if (this == FAILED) {
            return next == QUEUED;
        }
        if (next == FAILED) {
            return this != DELIVERED;
        }
        return next.ordinal() > ordinal();
    }

    /**
     * The further of two copies' states when the same message arrives again (an archive or carbon
     * copy proves that the server has it): queued &lt; failed &lt; sent &lt; acked &lt; delivered.
     */
    public DeliveryState furthest(DeliveryState other) {
        return progress(other) > progress(this) ? other : this;
    }

    private static int progress(DeliveryState state) {
        return switch (state) {
            case QUEUED -> 0;
            case FAILED -> 1;
            case SENT -> 2;
            case ACKED -> 3;
            case DELIVERED -> 4;
        };
    }
}
