package org.switchboard.app.channels;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.history.MessageRecord;

/**
 * What the hub tells its callers, all on their executor (the FX thread in the GUI): each kind of
 * event with its listeners, and the results of their requests.
 */
final class HubEvents {
    final Listeners<AccountStatus> statuses;
    final Listeners<MessageRecord> messages;
    final Listeners<EndpointStatus> presence;
    final Listeners<ChatStateEvent> chatStates;
    /** The key of the account whose roster changed the address book. */
    final Listeners<String> addressBook;
    private final Executor executor;

    HubEvents(Executor executor) {
        this.executor = executor;
        this.statuses = new Listeners<>("account status", executor);
        this.messages = new Listeners<>("message", executor);
        this.presence = new Listeners<>("presence", executor);
        this.chatStates = new Listeners<>("chat state", executor);
        this.addressBook = new Listeners<>("address book", executor);
    }

    /** The callers' executor, for event kinds kept elsewhere (calls, subscription requests). */
    Executor executor() {
        return executor;
    }

    /** Completes {@code result} on the callers' executor, with {@code value} or the cause of {@code failure}. */
    <T> void handOver(CompletableFuture<T> result, @Nullable T value, @Nullable Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        executor.execute(() -> {
            if (cause == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(cause);
            }
        });
    }
}
