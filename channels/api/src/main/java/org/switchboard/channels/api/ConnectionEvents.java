package org.switchboard.channels.api;

import java.util.function.Consumer;

/**
 * A channel that reports each change of its {@link Channel#state()}, in order, on its events executor.
 * A supervisor reconnects with back-off on {@link ChannelState.Interrupted} by calling
 * {@link Channel#connect()} again; the channel itself never reconnects on its own.
 */
public interface ConnectionEvents extends ChannelCapability {
    AutoCloseable onStateChange(Consumer<ChannelState> listener);
}
