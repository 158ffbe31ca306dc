package org.switchboard.app.channels;

import java.util.Objects;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.contacts.Endpoint;

/** A peer's typing state (XEP-0085): composing, paused, active, inactive, gone. Never stored. */
public record ChatStateEvent(Endpoint peer, ChatStates.State state) {
    public ChatStateEvent {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(state, "state");
    }
}
