package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;

/** A channel on which the user publishes their own presence. */
public interface OwnPresence extends ChannelCapability {
    /**
     * Publishes {@code status} (also remembered for the next connect). {@link OwnStatus.Mode#OFFLINE}
     * says goodbye with the message and disconnects.
     */
    CompletableFuture<Void> publish(OwnStatus status);

    /** The user's own status: a mode and a free message ("In a meeting until 15:00"), empty when none. */
    record OwnStatus(Mode mode, String message) {
        public static final OwnStatus AVAILABLE = new OwnStatus(Mode.AVAILABLE, "");

        public enum Mode {
            AVAILABLE,
            AWAY,
            BUSY,
            /** Connected but shown as offline to contacts. */
            INVISIBLE,
            OFFLINE
        }
    }
}
