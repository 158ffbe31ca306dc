package org.switchboard.app.presence;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.channels.api.OwnPresence.OwnStatus.Mode;

/** The user's own status as chosen in the window; every choice is published through the hub. */
public final class OwnPresenceViewModel {
    private final ChannelHub hub;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<OwnStatus> status = new ReadOnlyObjectWrapper<>(this, "status", OwnStatus.AVAILABLE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public OwnPresenceViewModel(ChannelHub hub, TaskRunner tasks) {
        this.hub = hub;
        this.tasks = tasks;
    }

    /** Chooses a mode and keeps the current message. */
    public void choose(Mode mode) {
        publish(new OwnStatus(mode, status.get().message()));
    }

    /** Sets the free message ("In a meeting until 15:00"), keeping the mode. */
    public void setMessage(String message) {
        publish(new OwnStatus(status.get().mode(), message.strip()));
    }

    private void publish(OwnStatus next) {
        status.set(next);
        problem.set("");
        CompletableFuture<Void> published;
        try {
            published = hub.setOwnStatus(next);
        } catch (RuntimeException e) {
            published = CompletableFuture.failedFuture(e);
        }
        published.whenComplete((done, failure) -> {
            if (failure != null) {
                tasks.onUi(() -> problem.set("Could not publish your status: " + failure.getMessage()));
            }
        });
    }

    /** Words for a mode, as the selector shows them. */
    public static String label(Mode mode) {
        return switch (mode) {
            case AVAILABLE -> "Available";
            case AWAY -> "Away";
            case BUSY -> "Busy";
            case INVISIBLE -> "Invisible";
            case OFFLINE -> "Offline";
        };
    }

    /** The presence-dot style class of a mode. */
    public static String styleClass(Mode mode) {
        return switch (mode) {
            case AVAILABLE -> "available";
            case AWAY -> "away";
            case BUSY -> "busy";
            case INVISIBLE, OFFLINE -> "offline";
        };
    }

    /** "Busy — In a meeting" or just "Available". */
    public static String describe(OwnStatus status) {
        return status.message().isEmpty() ? label(status.mode()) : label(status.mode()) + " — " + status.message();
    }

    public ReadOnlyObjectProperty<OwnStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
