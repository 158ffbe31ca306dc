package org.switchboard.channels.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.EndpointKind;

/**
 * One account on one protocol. Events are delivered on the executor the channel was created with,
 * exactly once at that boundary; subscriptions return an {@link AutoCloseable}.
 */
public interface Channel extends AutoCloseable {

    /** The account this channel serves. */
    AccountId account();

    /** The kind of endpoint this channel reaches (XMPP, SIP, EMAIL, …). */
    EndpointKind endpointKind();

    ChannelState state();

    /**
     * Called with each new state on the channel's executor, in order: also when the connection is
     * lost, which is how a supervisor knows to reconnect. Returns a handle that stops the updates.
     */
    AutoCloseable onStateChange(java.util.function.Consumer<ChannelState> listener);

    /** What this channel can do; empty when it cannot. */
    <C extends ChannelCapability> Optional<C> capability(Class<C> type);

    /** Connects (or registers); completes exceptionally with a {@link ChannelException}. */
    CompletableFuture<Void> connect();

    /** Disconnects politely; never fails. */
    CompletableFuture<Void> disconnect();

    @Override
    void close();
}
