package org.switchboard.channels.api;

import java.util.function.Consumer;
import org.switchboard.contacts.Endpoint;

/**
 * A channel that places and takes voice calls. SIP endpoints are dialled as they are; phone numbers
 * are routed through the account's server.
 */
public interface Telephony extends ChannelCapability {
    /**
     * Starts a call and returns it at once, in {@link CallState.Dialling}; follow it with {@link
     * Call#onStateChange}. A call that cannot start ends with a reason instead of throwing.
     */
    Call dial(Endpoint to);

    /** Called on the channel's executor with each incoming call, in {@link CallState.Incoming}. */
    AutoCloseable onIncomingCall(Consumer<Call> listener);
}
