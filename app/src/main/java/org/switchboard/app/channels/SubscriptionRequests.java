package org.switchboard.app.channels;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ContactList;
import org.switchboard.contacts.Endpoint;

/**
 * The hub's presence subscription requests: those not answered yet, and the answers and own
 * requests sent through an account's {@link ContactList}. Written on the hub's thread only.
 */
final class SubscriptionRequests {
    private final List<SubscriptionRequest> pending = new CopyOnWriteArrayList<>();
    private final Listeners<SubscriptionRequest> listeners;
    private final Function<String, Optional<ContactList>> byAccount;
    private final Function<Endpoint, Optional<ContactList>> byKind;

    /** {@code byAccount}: the contact list of an account connected now; {@code byKind}: of the first one that reaches an endpoint. */
    SubscriptionRequests(Listeners<SubscriptionRequest> listeners, Function<String, Optional<ContactList>> byAccount,
                         Function<Endpoint, Optional<ContactList>> byKind) {
        this.listeners = listeners;
        this.byAccount = byAccount;
        this.byKind = byKind;
    }

    /** Remembers and announces a request (a repeated one is announced again, listed once). */
    void requested(SubscriptionRequest request) {
        if (!pending.contains(request)) {
            pending.add(request);
        }
        listeners.publish(request);
    }

    Listeners<SubscriptionRequest> listeners() {
        return listeners;
    }

    List<SubscriptionRequest> pending() {
        return List.copyOf(pending);
    }

    /** Approves or denies {@code request}; it stays pending until the server took the answer. */
    CompletableFuture<Void> answer(SubscriptionRequest request, boolean approve) {
        Optional<ContactList> contacts = byAccount.apply(request.accountKey());
        if (contacts.isEmpty()) {
            return notConnected("The account " + request.accountKey() + " is not connected.");
        }
        // approving also asks to see theirs, as people expect of a contact they accepted (a no-op when already subscribed)
        CompletableFuture<Void> sent = approve
                ? contacts.get().approve(request.from()).thenCompose(v -> contacts.get().subscribe(request.from()))
                : contacts.get().deny(request.from());
        return sent.thenRun(() -> pending.remove(request));
    }

    /** Adds {@code to} to the contact list of the first connected account of its kind and asks to see its presence. */
    CompletableFuture<Void> request(Endpoint to) {
        return byKind.apply(to).map(c -> c.subscribe(to))
                .orElseGet(() -> notConnected("No connected account can ask " + to.address() + " for a subscription."));
    }

    private static CompletableFuture<Void> notConnected(String message) {
        return CompletableFuture.failedFuture(new ChannelException.NotConnected(message, null));
    }
}
