package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jivesoftware.smack.filter.PresenceTypeFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ContactList;
import org.switchboard.contacts.Endpoint;
import org.switchboard.channels.api.support.EventHub;

/**
 * The roster (RFC 6121 §2–3): entries, pushes, and presence subscriptions answered by the user. The channel keeps
 * the roster itself ({@link VersionedRosterStore}, {@link RosterAtLogin}, {@link RosterPushes}); Smack's
 * {@code Roster} is left empty.
 */
final class XmppContactList implements ContactList {
    private static final Logger LOG = LoggerFactory.getLogger(XmppContactList.class);
    private final Sessions sessions;
    private final Calls calls;
    private final EventHub<Event> hub;
    private final VersionedRosterStore roster;
    private final RosterAtLogin atLogin;

    XmppContactList(Sessions sessions, Calls calls, EventHub<Event> hub, VersionedRosterStore roster) {
        this.sessions = sessions;
        this.calls = calls;
        this.hub = hub;
        this.roster = roster;
        this.atLogin = new RosterAtLogin(roster);
    }

    @Override
    public CompletableFuture<List<Entry>> entries() {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            Duration timeout = Duration.ofMillis(connection.getReplyTimeout());
            if (!atLogin.await(timeout)) {
                atLogin.request(connection);
                if (!atLogin.await(timeout)) {
                    throw new ChannelException.NotConnected("The server did not send the roster", null);
                }
            }
            return roster.entries().stream().map(XmppContactList::entry).flatMap(Optional::stream).toList();
        });
    }

    @Override
    public AutoCloseable onContactListEvent(Consumer<Event> listener) {
        return hub.subscribe(listener);
    }

    /** Adds {@code who} to the roster (a roster set, RFC 6121 §2.3), then asks for a subscription to their presence (§3.1). */
    @Override
    public CompletableFuture<Void> subscribe(Endpoint who) {
        return calls.call(() -> {
            XMPPTCPConnection connection = sessions.connection();
            var jid = Jids.jid(who);
            RosterPacket add = new RosterPacket();
            add.setType(IQ.Type.set);
            add.addRosterItem(new RosterPacket.Item(jid, null));
            connection.sendIqRequestAndWaitForResponse(add);
            connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza().to(jid).ofType(Presence.Type.subscribe).build());
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

    /** After a login that did not resume the stream: asks for the roster, which {@link #awaitLoginRoster} waits for. */
    void requestLoginRoster(XMPPTCPConnection connection) throws Exception {
        atLogin.request(connection);
    }

    /** Waits up to {@code timeout} for the roster asked for after the login; whether it arrived. */
    boolean awaitLoginRoster(Duration timeout) throws InterruptedException {
        return atLogin.await(timeout);
    }

    /** Wires this connection's roster pushes and subscription requests to the hub; called before login. */
    void attach(XMPPTCPConnection connection) {
        connection.registerIQRequestHandler(new RosterPushes(connection, roster, this::pushed));
        connection.addSyncStanzaListener(stanza -> Jids.endpoint(stanza.getFrom()).ifPresentOrElse(
                who -> hub.publish(new Event.SubscriptionRequested(who)),
                () -> LOG.warn("Ignored a subscription request from an invalid address")), PresenceTypeFilter.SUBSCRIBE);
    }

    /** Reports an entry the server added, changed or removed. */
    private void pushed(RosterPacket.Item item) {
        if (item.getItemType() == RosterPacket.ItemType.remove) {
            Jids.endpoint(item.getJid()).ifPresent(gone -> hub.publish(new Event.Removed(List.of(gone))));
        } else {
            entry(item).ifPresent(entry -> hub.publish(new Event.Updated(List.of(entry))));
        }
    }

    static Optional<Entry> entry(RosterPacket.Item item) {
        Optional<Endpoint> endpoint = Jids.endpoint(item.getJid());
        if (endpoint.isEmpty()) {
            LOG.warn("Skipped a roster entry with an invalid address");
            return Optional.empty();
        }
        String name = item.getName() == null ? "" : item.getName();
        return Optional.of(new Entry(endpoint.get(), name, Set.copyOf(item.getGroupNames()), subscription(item.getItemType()),
                item.isSubscriptionPending()));
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
