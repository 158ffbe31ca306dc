package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.AbstractRosterListener;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterEntry;
import org.jivesoftware.smack.roster.RosterGroup;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ContactList;
import org.switchboard.contacts.Endpoint;
import org.switchboard.channels.api.support.EventHub;

/**
 * The roster (RFC 6121 §2–3): entries, pushes, and presence subscriptions answered by the user.
 * Roster pushes not from the account itself (§2.1.6) are refused by Smack's own push handler, which
 * answers with an error and logs a warning (through JUL, bridged to SLF4J by the app); IQ requests
 * never reach stanza listeners, so there is no second line of ours.
 */
final class XmppContactList implements ContactList {
    private static final Logger LOG = LoggerFactory.getLogger(XmppContactList.class);
    private final Sessions sessions;
    private final Calls calls;
    private final EventHub<Event> hub;
    private final RosterAtLogin atLogin = new RosterAtLogin();

    XmppContactList(Sessions sessions, Calls calls, EventHub<Event> hub) {
        this.sessions = sessions;
        this.calls = calls;
        this.hub = hub;
    }

    @Override
    public CompletableFuture<List<Entry>> entries() {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            Roster roster = Roster.getInstanceFor(connection);
            if (!roster.isLoaded() && !atLogin.await(Duration.ofMillis(connection.getReplyTimeout()))) {
                roster.reloadAndWait();
            }
            return roster.getEntries().stream().map(XmppContactList::entry).flatMap(Optional::stream).toList();
        });
    }

    @Override
    public AutoCloseable onContactListEvent(Consumer<Event> listener) {
        return hub.subscribe(listener);
    }

    @Override
    public CompletableFuture<Void> subscribe(Endpoint who) {
        return calls.call(() -> {
            Roster.getInstanceFor(sessions.connection()).createItemAndRequestSubscription(Jids.jid(who), null, null);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> approve(Endpoint who) {
        return answer(who, Presence.Type.subscribed);
    }

    @Override
    public CompletableFuture<Void> deny(Endpoint who) {
        return answer(who, Presence.Type.unsubscribed);
    }

    private CompletableFuture<Void> answer(Endpoint who, Presence.Type type) {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().to(Jids.jid(who)).ofType(type).build());
            return null;
        });
    }

    /** Before each login: Smack asks for the roster inside a login that does not resume the stream. */
    void loginStarts() {
        atLogin.loginStarts();
    }

    /** After each login. */
    void loggedIn(boolean resumed) {
        atLogin.loggedIn(resumed);
    }

    /** Waits up to {@code timeout} for the roster asked for in the login; whether it arrived. */
    boolean awaitLoginRoster(Duration timeout) throws InterruptedException {
        return atLogin.await(timeout);
    }

    /** Wires this connection's roster pushes and subscription requests to the hub; called before login. */
    void attach(XMPPTCPConnection connection, Roster roster) {
        roster.addRosterLoadedListener(atLogin);
        roster.setSubscriptionMode(Roster.SubscriptionMode.manual);
        roster.addSubscribeListener((from, request) -> {
            Jids.endpoint(from).ifPresentOrElse(
                    who -> hub.publish(new Event.SubscriptionRequested(who)),
                    () -> LOG.warn("Ignored a subscription request from an invalid address"));
            return null; // no automatic answer: the user decides through approve/deny
        });
        roster.addRosterListener(new AbstractRosterListener() {
            @Override
            public void entriesAdded(Collection<Jid> addresses) {
                updated(roster, addresses);
            }

            @Override
            public void entriesUpdated(Collection<Jid> addresses) {
                updated(roster, addresses);
            }

            @Override
            public void entriesDeleted(Collection<Jid> addresses) {
                hub.publish(new Event.Removed(addresses.stream().map(Jids::endpoint).flatMap(Optional::stream).toList()));
            }
        });
    }

    /**
     * Reports entries the server added or changed. Not those of the login's roster, which Smack reports as
     * added, every one of them, at each login: the whole list is read after the connect ({@link #entries}),
     * and linking 2,000 entries twice cost the start-up 40 ms on the hub's thread and a republished list.
     */
    private void updated(Roster roster, Collection<Jid> addresses) {
        if (atLogin.loading()) {
            return;
        }
        List<Entry> entries = new ArrayList<>();
        for (Jid jid : addresses) {
            RosterEntry entry = roster.getEntry(jid.asBareJid());
            if (entry != null) {
                entry(entry).ifPresent(entries::add);
            }
        }
        if (!entries.isEmpty()) {
            hub.publish(new Event.Updated(entries));
        }
    }

    static Optional<Entry> entry(RosterEntry entry) {
        Optional<Endpoint> endpoint = Jids.endpoint(entry.getJid());
        if (endpoint.isEmpty()) {
            LOG.warn("Skipped a roster entry with an invalid address");
            return Optional.empty();
        }
        var groups = entry.getGroups().stream().map(RosterGroup::getName).collect(java.util.stream.Collectors.toSet());
        String name = entry.getName() == null ? "" : entry.getName();
        return Optional.of(new Entry(endpoint.get(), name, groups, subscription(entry.getType()), entry.isSubscriptionPending()));
    }

    private static Subscription subscription(RosterPacket.ItemType type) {
        return switch (type) {
            case to -> Subscription.TO;
            case from -> Subscription.FROM;
            case both -> Subscription.BOTH;
            case none, remove -> Subscription.NONE;
        };
    }
}
