package org.switchboard.app.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.contacts.calls.CallQuality;

/**
 * One call as its window shows it: who, the state in plain words with the talk time, mute, hold,
 * the keypad, live quality and the "no incoming audio" warning. The view calls {@link #tick()} once a
 * second (timer, quality, closing after the end). Call events arrive on the channel's executor and
 * are handed to the UI thread.
 */
public final class CallViewModel implements AutoCloseable {
    /** How long the window stays to show why the call ended. */
    static final Duration CLOSE_AFTER = Duration.ofSeconds(4);
    static final String NO_AUDIO_WARNING = "No incoming audio — the other side may not reach you (NAT/firewall)";
    private static final String DTMF_KEYS = "0123456789*#";
    private static final Logger LOG = LoggerFactory.getLogger(CallViewModel.class);

    private final Call call;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Caller> caller = new ReadOnlyObjectWrapper<>(this, "caller");
    private final ReadOnlyObjectWrapper<CallState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<CallPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(this, "muted");
    private final ReadOnlyBooleanWrapper heldByUs = new ReadOnlyBooleanWrapper(this, "heldByUs");
    private final ReadOnlyBooleanWrapper holdPending = new ReadOnlyBooleanWrapper(this, "holdPending");
    private final ReadOnlyObjectWrapper<QualityFigures> quality = new ReadOnlyObjectWrapper<>(this, "quality",
            QualityFigures.NONE);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper dialled = new ReadOnlyStringWrapper(this, "dialled", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(this, "closeRequested");
    private final AutoCloseable subscription;
    private @Nullable Instant endedAt;

    /** Follows {@code call} from now on; the caller's name is looked up in the background. */
    public CallViewModel(Call call, CallerLookup callers, TaskRunner tasks, Clock clock) {
        this.call = call;
        this.tasks = tasks;
        this.clock = clock;
        caller.set(Caller.of(call, Optional.empty()));
        muted.set(call.muted());
        subscription = call.onStateChange(next -> tasks.onUi(() -> apply(next)));
        apply(call.state());
        tasks.run(() -> callers.find(call.remote()), person -> caller.set(Caller.of(call, person)),
                failure -> LOG.warn("Could not look up the caller {}", call.remote().address(), failure));
    }

    /** Once a second: the timer, the quality figures and, after the end, the request to close. */
    public void tick() {
        CallState now = state.get();
        status.set(CallTexts.status(now, clock.instant()));
        if (now instanceof CallState.Connected connected) {
            CallQuality figures = call.quality();
            quality.set(QualityFigures.of(figures));
            warning.set(figures.noIncomingAudio() && !connected.onHold() ? NO_AUDIO_WARNING : "");
        }
        if (endedAt != null && !clock.instant().isBefore(endedAt.plus(CLOSE_AFTER))) {
            closeRequested.set(true);
        }
    }

    public void toggleMute() {
        if (phase.get() == CallPhase.ENDED) {
            return;
        }
        boolean next = !muted.get();
        call.mute(next);
        muted.set(next);
    }

    /** Puts the call on hold or resumes it; the button waits until the other side agreed. */
    public void toggleHold() {
        if (!(state.get() instanceof CallState.Connected) || holdPending.get()) {
            return;
        }
        boolean next = !heldByUs.get();
        holdPending.set(true);
        problem.set("");
        call.hold(next).whenComplete((done, failure) -> tasks.onUi(() -> {
            holdPending.set(false);
            if (failure != null) {
                LOG.info("Hold {} failed: {}", next, failure.toString());
                problem.set((next ? "Could not put the call on hold: " : "Could not resume the call: ")
                        + Optional.ofNullable(failure.getMessage()).orElse(failure.toString()));
            } else if (phase.get() != CallPhase.ENDED) {
                heldByUs.set(next);
            }
        }));
    }

    /** Sends one keypad key (0–9, *, #) while connected; false when it was not one or the call is not connected. */
    public boolean press(char key) {
        if (DTMF_KEYS.indexOf(key) < 0 || !(state.get() instanceof CallState.Connected)) {
            return false;
        }
        call.sendDtmf(key);
        dialled.set(dialled.get() + key);
        return true;
    }

    /** A character typed on the keyboard: keypad keys are sent as DTMF, anything else is ignored. */
    public boolean typed(String character) {
        return character.length() == 1 && press(character.charAt(0));
    }

    /** Hangs up (or cancels while it rings); once the call is over, asks the window to close. */
    public void hangUp() {
        if (phase.get() == CallPhase.ENDED) {
            closeRequested.set(true);
        } else {
            call.hangUp();
        }
    }

    private void apply(CallState next) {
        if (phase.get() == CallPhase.ENDED) {
            return;
        }
        state.set(next);
        phase.set(CallPhase.of(next));
        if (next instanceof CallState.Connected connected) {
            heldByUs.set(connected.heldByUs());
        } else if (next instanceof CallState.Ended) {
            endedAt = clock.instant();
            warning.set("");
            holdPending.set(false);
        }
        tick();
    }

    public Call call() {
        return call;
    }

    public ReadOnlyObjectProperty<Caller> callerProperty() {
        return caller.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CallState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CallPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** "Calling…", "Ringing…", "Connected 01:23", "On hold 04:10", "They are busy". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    /** True while we hold the call (the Hold button shows Resume). */
    public ReadOnlyBooleanProperty heldByUsProperty() {
        return heldByUs.getReadOnlyProperty();
    }

    /** True while a hold or resume waits for the other side. */
    public ReadOnlyBooleanProperty holdPendingProperty() {
        return holdPending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QualityFigures> qualityProperty() {
        return quality.getReadOnlyProperty();
    }

    /** The "no incoming audio" warning while nothing arrives on a call that is not on hold; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The keypad keys sent so far. */
    public ReadOnlyStringProperty dialledProperty() {
        return dialled.getReadOnlyProperty();
    }

    /** What went wrong with an action (hold refused), in plain words; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Becomes true a few seconds after the call ended, or at once when the user dismisses an ended call. */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /** The window is going away: a call still going on is hung up, and its events are no longer followed. */
    @Override
    public void close() {
        if (phase.get() != CallPhase.ENDED) {
            call.hangUp();
        }
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop following call {}", call.id(), e);
        }
    }
}
