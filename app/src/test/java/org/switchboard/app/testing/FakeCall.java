package org.switchboard.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.contacts.calls.CallQuality;

/**
 * A call that records what the UI asked of it and moves on like a real one would (answer connects,
 * hang-up ends it, hold re-INVITEs at once). Listeners are called on the thread that changes the
 * state, as a channel's executor would.
 */
public final class FakeCall implements Call {
    private final String id;
    private final Endpoint remote;
    private final Optional<String> displayName;
    private final CallDirection direction;
    private final Clock clock;
    private final List<Consumer<CallState>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> actions = new CopyOnWriteArrayList<>();
    private final CompletableFuture<CallState.Ended> ended = new CompletableFuture<>();
    private volatile CallState state;
    private volatile CallQuality quality = CallQuality.NONE;
    private volatile boolean muted;
    private volatile CompletableFuture<Void> holdAnswer = CompletableFuture.completedFuture(null);

    private FakeCall(String id, Endpoint remote, Optional<String> displayName, CallDirection direction, CallState state,
            Clock clock) {
        this.id = id;
        this.remote = remote;
        this.displayName = displayName;
        this.direction = direction;
        this.state = state;
        this.clock = clock;
    }

    public static FakeCall outgoing(Endpoint to, Clock clock) {
        return new FakeCall("out-" + to.address(), to, Optional.empty(), CallDirection.OUTGOING, new CallState.Dialling(),
                clock);
    }

    public static FakeCall incoming(Endpoint from, Optional<String> name, Clock clock) {
        return new FakeCall("in-" + from.address(), from, name, CallDirection.INCOMING, new CallState.Incoming(), clock);
    }

    /** Moves the call to {@code next} and tells the listeners, on the calling thread. */
    public void emit(CallState next) {
        state = next;
        for (Consumer<CallState> listener : listeners) {
            listener.accept(next);
        }
        if (next instanceof CallState.Ended end) {
            ended.complete(end);
        }
    }

    /** Connected since now. */
    public void connect() {
        emit(new CallState.Connected(clock.instant(), false, false));
    }

    public void end(EndReason.Kind kind) {
        Duration talked = state instanceof CallState.Connected c ? Duration.between(c.since(), clock.instant()) : Duration.ZERO;
        emit(new CallState.Ended(EndReason.of(kind), talked));
    }

    public void setQuality(CallQuality figures) {
        quality = figures;
    }

    /** What the next {@link #hold} returns (a future the test completes, or a failed one). */
    public void answerHoldWith(CompletableFuture<Void> answer) {
        holdAnswer = answer;
    }

    /** What was asked, in order: {@code answer}, {@code reject}, {@code hangUp}, {@code hold:true}, {@code mute:false}, {@code dtmf:5}. */
    public List<String> actions() {
        return List.copyOf(actions);
    }

    public int listenerCount() {
        return listeners.size();
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
        return displayName;
    }

    @Override
    public CallDirection direction() {
        return direction;
    }

    @Override
    public CallState state() {
        return state;
    }

    @Override
    public AutoCloseable onStateChange(Consumer<CallState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public CompletableFuture<CallState.Ended> ended() {
        return ended;
    }

    @Override
    public void answer() {
        actions.add("answer");
        if (state instanceof CallState.Incoming) {
            connect();
        }
    }

    @Override
    public void reject() {
        actions.add("reject");
        if (state instanceof CallState.Incoming) {
            end(EndReason.Kind.REJECTED_BY_US);
        }
    }

    @Override
    public void hangUp() {
        actions.add("hangUp");
        if (!(state instanceof CallState.Ended)) {
            end(state instanceof CallState.Connected ? EndReason.Kind.HUNG_UP : EndReason.Kind.CANCELLED);
        }
    }

    @Override
    public CompletableFuture<Void> hold(boolean onHold) {
        actions.add("hold:" + onHold);
        CompletableFuture<Void> answer = holdAnswer;
        answer.thenRun(() -> {
            if (state instanceof CallState.Connected c) {
                emit(new CallState.Connected(c.since(), onHold, c.heldByThem()));
            }
        });
        return answer;
    }

    @Override
    public void mute(boolean on) {
        actions.add("mute:" + on);
        muted = on;
    }

    @Override
    public boolean muted() {
        return muted;
    }

    @Override
    public void sendDtmf(char digit) {
        if ("0123456789*#ABCD".indexOf(digit) < 0) {
            throw new IllegalArgumentException("not a DTMF digit: " + digit);
        }
        actions.add("dtmf:" + digit);
    }

    @Override
    public CallQuality quality() {
        return quality;
    }
}
