package org.switchboard.channels.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.contacts.calls.CallQuality;

/**
 * One voice call, outgoing or incoming. Its state changes arrive on the channel's executor, in
 * order; the actions never block (they go out on the channel's I/O threads).
 */
public interface Call {
    /** A stable id for this call (the SIP Call-ID). */
    String id();

    /** The other side, as an endpoint the address book can match. */
    Endpoint remote();

    /** The name the other side gave, when it gave one. */
    Optional<String> remoteDisplayName();

    CallDirection direction();

    CallState state();

    /** Called with each new state; returns a handle that stops the updates. */
    AutoCloseable onStateChange(Consumer<CallState> listener);

    /** Completes with the final state when the call has ended, for whatever reason. */
    CompletableFuture<CallState.Ended> ended();

    /** Answers an incoming call; ignored in any other state. */
    void answer();

    /** Declines an incoming call (603 Decline); ignored in any other state. */
    void reject();

    /** Ends the call: cancels it while it rings, hangs up once connected. */
    void hangUp();

    /** Puts the call on hold or resumes it (a re-INVITE); completes when the peer agreed. */
    CompletableFuture<Void> hold(boolean onHold);

    /** Stops or resumes sending the microphone. */
    void mute(boolean muted);

    boolean muted();

    /**
     * Sends one DTMF digit as an RFC 4733 telephone-event.
     *
     * @throws IllegalArgumentException when {@code digit} is not one of {@code 0-9 * # A-D}
     */
    void sendDtmf(char digit);

    /** The live figures of the call's audio; {@link CallQuality#NONE} before media flows. */
    CallQuality quality();
}
