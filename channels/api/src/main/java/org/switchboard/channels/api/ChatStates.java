package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.contacts.Endpoint;

/** A channel that tells and hears whether either side is typing (XMPP XEP-0085). Nothing is queued or stored. */
public interface ChatStates extends ChannelCapability {
    /** Tells {@code to} the user's state; fails with {@link ChannelException.NotConnected} while offline. */
    CompletableFuture<Void> send(Endpoint to, State state);

    /** Called with each state a peer reports, in order per peer. */
    AutoCloseable onChatState(Consumer<Change> listener);

    enum State {
        ACTIVE,
        COMPOSING,
        PAUSED,
        INACTIVE,
        GONE
    }

    record Change(Endpoint peer, State state) {}
}
