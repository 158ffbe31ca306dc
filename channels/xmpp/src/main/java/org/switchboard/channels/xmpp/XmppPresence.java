package org.switchboard.channels.xmpp;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.PresenceTypeFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.ToMatchesFilter;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.OwnPresence;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.channels.api.support.EventHub;

/**
 * Contacts' presence (RFC 6121) with capabilities from entity caps (XEP-0115) and service
 * discovery (XEP-0030) through the {@link CapsResolver}, and the user's own presence. Invisible is
 * an unavailable presence on a live connection (Prosody 0.12 has no XEP-0186): contacts see the user offline, messages to the
 * full address still arrive.
 */
final class XmppPresence implements PresenceSource, OwnPresence {
    private static final Logger LOG = LoggerFactory.getLogger(XmppPresence.class);
    private static final StanzaFilter CONTACT_PRESENCE = new OrFilter(PresenceTypeFilter.AVAILABLE, PresenceTypeFilter.UNAVAILABLE,
            PresenceTypeFilter.ERROR);
    private static final StanzaFilter OWN_UNAVAILABLE = new AndFilter(PresenceTypeFilter.UNAVAILABLE, ToMatchesFilter.MATCH_NO_TO_SET);
    private final Sessions sessions;
    private final Calls calls;
    private final Executor io;
    private final EventHub<EndpointStatus> hub;
    private final OwnStatusHolder own;
    private final CapsResolver caps;
    private final VersionedRosterStore roster;
    private final ContactPresences presences = new ContactPresences();

    XmppPresence(Sessions sessions, Calls calls, Executor io, EventHub<EndpointStatus> hub, OwnStatusHolder own, CapsResolver caps,
            VersionedRosterStore roster) {
        this.caps = caps;
        this.roster = roster;
        this.sessions = sessions;
        this.calls = calls;
        this.io = io;
        this.hub = hub;
        this.own = own;
    }

    @Override
    public AutoCloseable onPresence(Consumer<EndpointStatus> listener) {
        return hub.subscribe(listener);
    }

    @Override
    public CompletableFuture<Void> publish(OwnStatus status) {
        own.set(status);
        XMPPTCPConnection connection = sessions.peek();
        if (connection == null || !connection.isAuthenticated()) {
            return CompletableFuture.completedFuture(null);
        }
        return calls.call(() -> {
            send(connection, status);
            return null;
        });
    }

    /** Sends {@code status} on {@code connection}; OFFLINE says goodbye and disconnects. */
    static void send(XMPPTCPConnection connection, OwnStatus status) throws Exception {
        var builder = connection.getStanzaFactory().buildPresenceStanza();
        if (!status.message().isEmpty()) {
            builder.setStatus(status.message());
        }
        switch (status.mode()) {
            case OFFLINE -> connection.disconnect(builder.ofType(Presence.Type.unavailable).build());
            case INVISIBLE -> connection.sendStanza(builder.ofType(Presence.Type.unavailable).build());
            default -> connection.sendStanza(builder.ofType(Presence.Type.available)
                    .setMode(PresenceMapping.mode(status.mode())).build());
        }
        LOG.info("Own presence on {} is now {}", connection.getUser() == null ? "?" : connection.getUser().asBareJid(), status.mode());
    }

    /**
     * Wires this connection's contact presences to the hub; called before login. Presences are ordered: Smack hands
     * synchronous listeners one stanza at a time, in the order they arrived.
     */
    void attach(XMPPTCPConnection connection) {
        connection.addSyncStanzaListener(stanza -> onPresence(connection, (Presence) stanza), CONTACT_PRESENCE);
        connection.addStanzaSendingListener(stanza -> allOffline(), OWN_UNAVAILABLE);
        connection.addConnectionListener(new ConnectionListener() {
            @Override
            public void connectionClosed() {
                allOffline();
            }
        });
    }

    /**
     * After each login: a new session (not a resumed stream) starts with every contact offline until the server
     * says otherwise, as the presences of the last session may have ended unseen.
     */
    void loggedIn(boolean resumed) {
        if (!resumed) {
            allOffline();
        }
    }

    private void onPresence(XMPPTCPConnection connection, Presence changed) {
        Jid from = changed.getFrom();
        if (from == null || !roster.contains(from)) {
            return; // not a contact: the user's own other clients, a stranger, or the server
        }
        Optional<Endpoint> endpoint = Jids.endpoint(from);
        if (endpoint.isEmpty()) {
            LOG.warn("Ignored presence from an invalid address");
            return;
        }
        Presence best = presences.apply(changed);
        hub.publish(status(endpoint.get(), best));
        if (best.isAvailable() && caps.unknown(best)) {
            io.execute(() -> discover(connection, endpoint.get(), best));
        }
    }

    /** Every contact that had a presence is now offline: the connection ended or the user went offline or invisible. */
    private void allOffline() {
        for (BareJid account : presences.clear()) {
            Jids.endpoint(account).ifPresent(endpoint -> hub.publish(offline(endpoint, "")));
        }
    }

    private void discover(XMPPTCPConnection connection, Endpoint endpoint, Presence presence) {
        Jid fullJid = presence.getFrom();
        try {
            caps.discover(connection, fullJid, presence);
            Presence best = presences.best(fullJid.asBareJid());
            if (best != null) {
                hub.publish(status(endpoint, best));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                LOG.debug("Stopped asking what {}'s client can do: the channel is closing", endpoint.address());
                return;
            }
            LOG.warn("Could not discover what {}'s client can do: {}", endpoint.address(), e.toString());
        }
    }

    private EndpointStatus status(Endpoint endpoint, Presence presence) {
        String text = presence.getStatus() == null ? "" : presence.getStatus();
        if (!presence.isAvailable()) {
            return offline(endpoint, text);
        }
        DiscoverInfo info = caps.known(presence);
        Set<Capability> capabilities = PresenceMapping.capabilities(info);
        return new EndpointStatus(endpoint, PresenceMapping.rank(presence), text, capabilities, info != null);
    }

    /** Known to be offline: nothing can reach the contact over XMPP until a client of theirs comes online. */
    private static EndpointStatus offline(Endpoint endpoint, String text) {
        return new EndpointStatus(endpoint, org.switchboard.contacts.Presence.OFFLINE, text, Set.of(), true);
    }
}
