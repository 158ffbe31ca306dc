package org.switchboard.app.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.channels.api.Telephony;

/**
 * Connects an account's channel to the hub: presence into the reach context, messages into the
 * history, calls to the call desk, typing and roster changes to the listeners; and after each
 * connect, the roster linked into the address book. Runs on the hub's thread.
 */
final class ChannelWiring {
    private final HubEvents events;
    private final LiveReachContext reach;
    private final CallDesk calls;
    private final SubscriptionRequests subscriptions;
    private final Supplier<HubProfile> profile;
    private final Executor hub;

    ChannelWiring(HubEvents events, LiveReachContext reach, CallDesk calls, SubscriptionRequests subscriptions,
            Supplier<HubProfile> profile, Executor hub) {
        this.events = events;
        this.reach = reach;
        this.calls = calls;
        this.subscriptions = subscriptions;
        this.profile = profile;
        this.hub = hub;
    }

    /** Subscribes to what {@code channel} can report; closing the handles unsubscribes. */
    List<AutoCloseable> wire(AccountSupervisor supervisor, Channel channel) {
        List<AutoCloseable> handles = new ArrayList<>();
        String key = supervisor.key();
        handles.add(channel.onStateChange(state -> supervisor.channelState(channel, state)));
        channel.capability(PresenceSource.class).ifPresent(p -> handles.add(p.onPresence(status -> {
            reach.update(key, status);
            events.presence.publish(status);
        })));
        channel.capability(MessageEvents.class).ifPresent(m -> handles.add(m.onMessageEvent(
                event -> profile.get().recorder().onEvent(supervisor.account().address(), event))));
        channel.capability(Telephony.class).ifPresent(t -> handles.add(calls.wire(supervisor, t)));
        channel.capability(ChatStates.class).ifPresent(c -> handles.add(c.onChatState(
                change -> events.chatStates.publish(new ChatStateEvent(change.peer(), change.state())))));
        channel.capability(ContactList.class).ifPresent(c -> handles.add(c.onContactListEvent(event -> {
            if (event instanceof ContactList.Event.Updated updated) {
                profile.get().linker().link(updated.entries());
                reach.sharing(updated.entries());
                events.addressBook.publish(key);
            } else if (event instanceof ContactList.Event.SubscriptionRequested requested) {
                subscriptions.requested(new SubscriptionRequest(key, requested.from()));
            }
        })));
        return handles;
    }

    /** Links the connected channel's whole roster into the address book, then marks it linked and calls {@code then}. */
    void linkRoster(AccountSupervisor supervisor, Channel channel, Runnable then) {
        Runnable linked = () -> {
            supervisor.rosterLinked();
            events.addressBook.publish(supervisor.key());
            then.run();
        };
        Optional<ContactList> contacts = channel.capability(ContactList.class);
        if (contacts.isEmpty()) {
            linked.run();
        } else {
            profile.get().linker().linkAll(supervisor.key(), contacts.get(), hub, reach::sharing, linked);
        }
    }
}
