package org.switchboard.app.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.channels.SubscriptionRequest;

/**
 * The presence subscription requests waiting for the user, one shown at a time, oldest first. Lives
 * on the FX thread: the hub calls its listeners and completes its futures there.
 */
final class SubscriptionPromptsViewModel {
    private final ChannelHub hub;
    private final Deque<SubscriptionRequest> waiting = new ArrayDeque<>();
    private final ObjectProperty<@Nullable SubscriptionRequest> current = new SimpleObjectProperty<>();
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    SubscriptionPromptsViewModel(ChannelHub hub) {
        this.hub = hub;
        hub.pendingSubscriptions().forEach(this::add);
        hub.onSubscriptionRequest(this::add);
    }

    ReadOnlyObjectProperty<@Nullable SubscriptionRequest> currentProperty() {
        return current;
    }

    /** "anna@example.org wants to see your presence", or empty while nothing waits. */
    ReadOnlyStringProperty questionProperty() {
        return question;
    }

    /** Why the last answer could not be sent; empty when it could. */
    ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    void approve() {
        answer(hub::approve);
    }

    void deny() {
        answer(hub::deny);
    }

    private void add(SubscriptionRequest request) {
        if (request.equals(current.get()) || waiting.contains(request)) {
            return;
        }
        waiting.add(request);
        if (current.get() == null) {
            next();
        }
    }

    private void answer(Function<SubscriptionRequest, CompletableFuture<Void>> action) {
        SubscriptionRequest request = current.get();
        if (request == null) {
            return;
        }
        action.apply(request).whenComplete((ok, failure) -> {
            if (failure != null) {
                problem.set("Could not answer " + request.from().address() + ": " + message(failure));
            } else if (request.equals(current.get())) {
                next();
            }
        });
    }

    private void next() {
        SubscriptionRequest request = waiting.poll();
        current.set(request);
        problem.set("");
        question.set(request == null ? "" : request.from().address() + " wants to see your presence");
    }

    private static String message(Throwable failure) {
        Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                ? failure.getCause() : failure;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
