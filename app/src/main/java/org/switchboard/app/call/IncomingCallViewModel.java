package org.switchboard.app.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.switchboard.media.MediaEngine;

/**
 * Someone is calling: who, Accept and Reject, and the ring while the question is open. When the
 * caller gives up first the dialog says "Missed call" for a moment and closes; when the call is
 * accepted, {@code onAccepted} opens its call window. The view calls {@link #tick()} once a second.
 */
public final class IncomingCallViewModel implements AutoCloseable {
    /** How long "Missed call" stays before the dialog closes. */
    static final Duration CLOSE_AFTER = Duration.ofSeconds(3);
    static final String MISSED = "Missed call";
    private static final Logger LOG = LoggerFactory.getLogger(IncomingCallViewModel.class);

    private final Call call;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Ringer ringer;
    private final Consumer<Call> onAccepted;
    private final ReadOnlyObjectWrapper<Caller> caller = new ReadOnlyObjectWrapper<>(this, "caller");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "is calling you…");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", true);
    private final ReadOnlyBooleanWrapper missed = new ReadOnlyBooleanWrapper(this, "missed");
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(this, "closeRequested");
    private final AutoCloseable subscription;
    private @Nullable Instant missedAt;

    /** Starts ringing at once; {@code onAccepted} is called on the UI thread with the call once it was answered. */
    public IncomingCallViewModel(Call call, CallerLookup callers, MediaEngine media, TaskRunner tasks, Clock clock,
            Consumer<Call> onAccepted) {
        this.call = call;
        this.tasks = tasks;
        this.clock = clock;
        this.onAccepted = onAccepted;
        this.ringer = new Ringer(media, tasks);
        caller.set(Caller.of(call, Optional.empty()));
        subscription = call.onStateChange(next -> tasks.onUi(() -> apply(next)));
        apply(call.state());
        if (open.get()) {
            ringer.start();
        }
        tasks.run(() -> callers.find(call.remote()), person -> caller.set(Caller.of(call, person)),
                failure -> LOG.warn("Could not look up the caller {}", call.remote().address(), failure));
    }

    /** Answers the call and hands it on to its call window. */
    public void accept() {
        if (!open.get()) {
            return;
        }
        finish();
        call.answer();
        closeRequested.set(true);
        onAccepted.accept(call);
    }

    /** Declines the call. */
    public void reject() {
        if (!open.get()) {
            return;
        }
        finish();
        call.reject();
        closeRequested.set(true);
    }

    /** Once a second: closes the dialog a moment after a missed call. */
    public void tick() {
        if (missedAt != null && !clock.instant().isBefore(missedAt.plus(CLOSE_AFTER))) {
            closeRequested.set(true);
        }
    }

    private void apply(CallState next) {
        if (!open.get()) {
            return;
        }
        switch (next) {
            case CallState.Ended ended -> {
                finish();
                missed.set(true);
                missedAt = clock.instant();
                status.set(MISSED);
                LOG.debug("Incoming call {} ended before an answer: {}", call.id(), ended.reason());
            }
            case CallState.Connected connected -> {
                finish();
                closeRequested.set(true);
            }
            default -> { }
        }
    }

    private void finish() {
        open.set(false);
        ringer.stop();
    }

    public Call call() {
        return call;
    }

    public ReadOnlyObjectProperty<Caller> callerProperty() {
        return caller.getReadOnlyProperty();
    }

    /** "is calling you…", then "Missed call" when the caller gave up. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the call waits for an answer: Accept and Reject work. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty missedProperty() {
        return missed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    /** The dialog is going away: closed by hand while the call still waits, it declines it. */
    @Override
    public void close() {
        if (open.get()) {
            reject();
        }
        ringer.stop();
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop following call {}", call.id(), e);
        }
    }
}
