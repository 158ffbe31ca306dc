package org.switchboard.app.conversation;

import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;

/** The words under an outgoing message for how far it got. */
public final class DeliveryTexts {
    private DeliveryTexts() {}

    public static String describe(DeliveryState state) {
        return switch (state) {
            case QUEUED -> "Queued";
            case SENT -> "Sent";
            case ACKED -> "On the server ✓";
            case DELIVERED -> "Delivered ✓✓";
            case FAILED -> "Not sent";
        };
    }

    /** For incoming messages nothing; for outgoing ones the delivery state. */
    public static String of(MessageRecord message) {
        return message.direction() == Direction.IN ? "" : describe(message.delivery());
    }
}
