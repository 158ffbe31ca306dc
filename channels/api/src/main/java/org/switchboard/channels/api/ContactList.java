package org.switchboard.channels.api;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.contacts.Endpoint;

/** A channel with a server-side contact list and presence subscriptions (an XMPP roster). */
public interface ContactList extends ChannelCapability {
    /** The current entries; entries whose address is invalid are left out (and logged). */
    CompletableFuture<List<Entry>> entries();

    /** Called with each change pushed by the server and each subscription request. */
    AutoCloseable onContactListEvent(Consumer<Event> listener);

    /** Adds {@code who} and asks to see their presence. */
    CompletableFuture<Void> subscribe(Endpoint who);

    /** Lets {@code who} see the user's presence. */
    CompletableFuture<Void> approve(Endpoint who);

    /** Refuses (or revokes) {@code who}'s request to see the user's presence. */
    CompletableFuture<Void> deny(Endpoint who);

    /** Who may see whose presence. */
    enum Subscription {
        NONE,
        /** The user sees the contact's presence. */
        TO,
        /** The contact sees the user's presence. */
        FROM,
        BOTH
    }

    /** One entry: {@code name} is empty when the entry has none. */
    record Entry(Endpoint endpoint, String name, Set<String> groups, Subscription subscription, boolean pendingOut) {
        public Entry {
            groups = Set.copyOf(groups);
        }
    }

    /** A change of the contact list. */
    sealed interface Event {
        /**
         * Entries added or changed by the server while connected (roster pushes); the list as the server
         * holds it at each connect is read with {@link #entries()}, not reported entry by entry.
         */
        record Updated(List<Entry> entries) implements Event {
            public Updated {
                entries = List.copyOf(entries);
            }
        }

        record Removed(List<Endpoint> endpoints) implements Event {
            public Removed {
                endpoints = List.copyOf(endpoints);
            }
        }

        /** {@code from} asks to see the user's presence; answer with approve or deny. */
        record SubscriptionRequested(Endpoint from) implements Event {}
    }
}
