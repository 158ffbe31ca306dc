package org.switchboard.channels.sip;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.channels.api.support.EventHub;

/**
 * One call as the app sees it: its state, published once per change on the channel's events
 * executor, and actions that are handed to the signalling thread (never blocking the caller).
 */
final class SipCall implements Call {
    private static final String DIGITS = "0123456789*#ABCD";
    private final String id;
    private final Endpoint remote;
    private final Optional<String> remoteDisplayName;
    private final CallDirection direction;
    private final EventHub<CallState> hub;
    private final CompletableFuture<CallState.Ended> ended = new CompletableFuture<>();
    private final Signalling signalling;
    private final Executor events;
    private volatile CallState state;
    private volatile @Nullable CallLeg leg;
    private @Nullable Instant since;

    SipCall(String id, Endpoint remote, Optional<String> remoteDisplayName, CallDirection direction, CallState initial,
            Signalling signalling, Executor events) {
        this.id = id;
        this.remote = remote;
        this.remoteDisplayName = remoteDisplayName.filter(name -> !name.isBlank());
        this.direction = direction;
        this.state = initial;
        this.signalling = signalling;
        this.events = events;
        this.hub = new EventHub<>("SIP call " + id, events);
        hub.subscribe(next -> {
            if (next instanceof CallState.Ended end) {
                ended.complete(end);
            }
        });
    }

    void attach(CallLeg signallingSide) {
        leg = signallingSide;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Endpoint remote() {
        return remote;
    }

    @Override
    public Optional<String> remoteDisplayName() {
        return remoteDisplayName;
    }

    @Override
    public CallDirection direction() {
        return direction;
    }

    @Override
    public CallState state() {
        return state;
    }

    boolean isEnded() {
        return state instanceof CallState.Ended;
    }

    @Override
    public AutoCloseable onStateChange(Consumer<CallState> listener) {
        return hub.subscribe(listener);
    }

    @Override
    public CompletableFuture<CallState.Ended> ended() {
        return ended.copy();
    }

    @Override
    public void answer() {
        act("answer", CallLeg::answer);
    }

    @Override
    public void reject() {
        act("reject", CallLeg::reject);
    }

    @Override
    public void hangUp() {
        act("hang up", CallLeg::hangUp);
    }

    @Override
    public CompletableFuture<Void> hold(boolean onHold) {
        CallLeg current = leg;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the call has not started"));
        }
        return signalling.call(onHold ? "hold" : "resume", () -> current.hold(onHold)).thenCompose(f -> f)
                .whenCompleteAsync((ok, failure) -> {}, events);
    }

    @Override
    public void mute(boolean muted) {
        act(muted ? "mute" : "unmute", l -> l.mute(muted));
    }

    @Override
    public boolean muted() {
        CallLeg current = leg;
        return current != null && current.muted();
    }

    @Override
    public void sendDtmf(char digit) {
        if (DIGITS.indexOf(Character.toUpperCase(digit)) < 0) {
            throw new IllegalArgumentException("'" + digit + "' is not a DTMF digit (0-9 * # A-D)");
        }
        char upper = Character.toUpperCase(digit);
        act("DTMF " + upper, l -> l.sendDtmf(upper));
    }

    @Override
    public CallQuality quality() {
        CallLeg current = leg;
        return current == null ? CallQuality.NONE : current.quality();
    }

    private void act(String what, Consumer<CallLeg> action) {
        CallLeg current = leg;
        if (current != null) {
            signalling.run(what + " " + id, () -> action.accept(current));
        }
    }

    // Transitions, on the signalling thread only.

    void ringing() {
        if (state instanceof CallState.Dialling) {
            publish(new CallState.Ringing());
        }
    }

    void connected(boolean heldByUs, boolean heldByThem) {
        if (isEnded()) {
            return;
        }
        if (since == null) {
            since = Instant.now();
        }
        publish(new CallState.Connected(since, heldByUs, heldByThem));
    }

    /** Ends the call with {@code reason}; later calls are ignored. Returns false when it had ended already. */
    boolean end(EndReason reason) {
        if (isEnded()) {
            return false;
        }
        Duration talked = since == null ? Duration.ZERO : Duration.between(since, Instant.now());
        publish(new CallState.Ended(reason, talked));
        return true;
    }

    private void publish(CallState next) {
        if (!next.equals(state)) {
            state = next;
            hub.publish(next);
        }
    }

    @Override
    public String toString() {
        return "SipCall[" + id + " " + direction + " " + remote.address() + " " + state.getClass().getSimpleName() + "]";
    }
}
