package org.switchboard.channels.xmpp;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.AbstractRosterListener;
import org.jivesoftware.smack.roster.Roster;
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
    private final Sessions sessions;
    private final Calls calls;
    private final Executor io;
    private final EventHub<EndpointStatus> hub;
    private final OwnStatusHolder own;
    private final CapsResolver caps;

    XmppPresence(Sessions sessions, Calls calls, Executor io, EventHub<EndpointStatus> hub, OwnStatusHolder own, CapsResolver caps) {
        this.caps = caps;
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

    /** Wires this connection's roster presence to the hub; called before login. */
    void attach(XMPPTCPConnection connection, Roster roster) {
        roster.addRosterListener(new AbstractRosterListener() {
            @Override
            public void presenceChanged(Presence presence) {
                onPresence(connection, roster, presence);
            }
        });
    }

    private void onPresence(XMPPTCPConnection connection, Roster roster, Presence changed) {
        Jid from = changed.getFrom();
        Optional<Endpoint> endpoint = Jids.endpoint(from);
        if (endpoint.isEmpty()) {
            LOG.warn("Ignored presence from an invalid address");
            return;
        }
        BareJid bare = from.asBareJid();
        Presence best = roster.getPresence(bare);
        hub.publish(status(endpoint.get(), best));
        if (best.isAvailable() && caps.unknown(best)) {
            io.execute(() -> discover(connection, roster, endpoint.get(), best));
        }
    }

    private void discover(XMPPTCPConnection connection, Roster roster, Endpoint endpoint, Presence presence) {
        Jid fullJid = presence.getFrom();
        try {
            caps.discover(connection, fullJid, presence);
            hub.publish(status(endpoint, roster.getPresence(fullJid.asBareJid())));
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
        var rank = PresenceMapping.rank(presence);
        String text = presence.getStatus() == null ? "" : presence.getStatus();
        if (!presence.isAvailable()) {
            return new EndpointStatus(endpoint, rank, text, Set.of(), true);
        }
        DiscoverInfo info = caps.known(presence);
        Set<Capability> capabilities = PresenceMapping.capabilities(info);
        return new EndpointStatus(endpoint, rank, text, capabilities, info != null);
    }
}
