package org.switchboard.channels.api.support;

import java.util.function.Consumer;
import org.switchboard.channels.api.ChannelState;

/** The channel's current {@link ChannelState}; each change is published once, in order. */
public final class ConnectionStates {
    private final EventHub<ChannelState> hub;
    private ChannelState state = new ChannelState.Disconnected();

    public ConnectionStates(EventHub<ChannelState> hub) {
        this.hub = hub;
    }

    public AutoCloseable onStateChange(Consumer<ChannelState> listener) {
        return hub.subscribe(listener);
    }

    public synchronized ChannelState get() {
        return state;
    }

    /** Moves to {@code next}; publishes it unless it equals the current state. */
    public synchronized void set(ChannelState next) {
        if (!next.equals(state)) {
            state = next;
            hub.publish(next);
        }
    }

    /** Moves to {@code next} only from {@code expected}'s type (a lost connection after a disconnect stays disconnected). */
    public synchronized void setIf(Class<? extends ChannelState> expected, ChannelState next) {
        if (expected.isInstance(state)) {
            set(next);
        }
    }
}
