package org.switchboard.channels.xmpp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.AccountId;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelCapability;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.EndpointKind;

/**
 * One XMPP account. Capabilities: {@link org.switchboard.channels.api.Messaging} and
 * {@link org.switchboard.channels.api.MessageEvents}, {@link org.switchboard.channels.api.PresenceSource}
 * and {@link org.switchboard.channels.api.OwnPresence}, {@link org.switchboard.channels.api.ContactList}.
 * Listeners may be added before {@link #connect()}; they stay across connections.
 */
public final class XmppChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(XmppChannel.class);
    private final XmppAccount account;
    private final TrustAnchors anchors;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final Sessions sessions = new Sessions();
    private final OwnStatusHolder own = new OwnStatusHolder();
    private final Calls calls;
    private final XmppMessaging messaging;
    private final XmppPresence presence;
    private final XmppContactList contactList;
    private final EventHub<ChannelState> states;
    private volatile ChannelState state = new ChannelState.Disconnected();
    private volatile @Nullable PinningTrustManager trust;

    XmppChannel(XmppAccount account, Executor events, TrustAnchors anchors) {
        this.account = account;
        this.anchors = anchors;
        this.calls = new Calls(io, events, () -> trust);
        String name = "XMPP " + account.bareJid();
        this.messaging = new XmppMessaging(sessions, calls, new EventHub<>(name + " message", events));
        this.presence = new XmppPresence(sessions, calls, io, new EventHub<>(name + " presence", events), own);
        this.contactList = new XmppContactList(sessions, calls, new EventHub<>(name + " contact-list", events));
        this.states = new EventHub<>(name + " state", events);
    }

    @Override
    public AccountId account() {
        return new AccountId("xmpp:" + account.bareJid());
    }

    @Override
    public EndpointKind endpointKind() {
        return EndpointKind.XMPP;
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public AutoCloseable onStateChange(Consumer<ChannelState> listener) {
        return states.subscribe(listener);
    }

    private void setState(ChannelState next) {
        state = next;
        states.publish(next);
    }

    @Override
    public <C extends ChannelCapability> Optional<C> capability(Class<C> type) {
        return List.<Object>of(messaging, presence, contactList).stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public CompletableFuture<Void> connect() {
        setState(new ChannelState.Connecting(1));
        return calls.<Void>call(() -> {
            open();
            return null;
        }).whenComplete((ok, failure) -> setState(failure == null ? new ChannelState.Connected() : failedState(failure)));
    }

    private void open() throws Exception {
        XMPPTCPConnection previous = sessions.peek();
        if (previous != null && previous.isAuthenticated()) {
            return;
        }
        PinningTrustManager pinning = new PinningTrustManager(anchors.trustManager(), account.pinnedFingerprints());
        trust = pinning;
        XMPPTCPConnection connection = XmppConnector.create(account, pinning);
        Roster roster = Roster.getInstanceFor(connection);
        messaging.attach(connection);
        presence.attach(connection, roster);
        contactList.attach(connection, roster);
        connection.addConnectionListener(new Closing(connection));
        try {
            connection.connect().login();
        } catch (Exception e) {
            connection.disconnect();
            throw e;
        }
        sessions.set(connection);
        OwnStatus status = own.get().mode() == OwnStatus.Mode.OFFLINE ? OwnStatus.AVAILABLE : own.get();
        own.set(status);
        XmppPresence.send(connection, status);
        LOG.info("Connected {} (TLS {}, stream management {})", account.bareJid(), connection.isSecureConnection(),
                connection.isSmEnabled());
    }

    private ChannelState failedState(Throwable failure) {
        Throwable cause = failure instanceof ChannelException || failure.getCause() == null ? failure : failure.getCause();
        LOG.warn("Could not connect {}: {}", account.bareJid(), cause.getMessage());
        return switch (cause) {
            case ChannelException.CertificateRejected e -> new ChannelState.Failed(e.getMessage());
            case ChannelException.AuthenticationFailed e -> new ChannelState.Failed(e.getMessage());
            default -> new ChannelState.Disconnected();
        };
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return calls.<Void>call(() -> {
            shutDown();
            return null;
        }).exceptionally(failure -> {
            LOG.warn("Disconnecting {} failed: {}", account.bareJid(), failure.toString());
            return null;
        });
    }

    private void shutDown() {
        XMPPTCPConnection connection = sessions.peek();
        if (connection != null && sessions.clear(connection)) {
            connection.disconnect();
        }
        if (!(state instanceof ChannelState.Disconnected)) {
            setState(new ChannelState.Disconnected());
        }
    }

    @Override
    public void close() {
        shutDown();
        io.close();
    }

    /** Follows the connection's end: a closed connection is forgotten so that capabilities say "not connected". */
    private final class Closing implements ConnectionListener {
        private final XMPPTCPConnection connection;

        Closing(XMPPTCPConnection connection) {
            this.connection = connection;
        }

        @Override
        public void connectionClosed() {
            if (sessions.clear(connection)) {
                setState(new ChannelState.Disconnected());
            }
        }

        @Override
        public void connectionClosedOnError(Exception e) {
            if (sessions.clear(connection)) {
                LOG.warn("Connection of {} lost: {}", account.bareJid(), e.toString());
                setState(new ChannelState.Disconnected());
            }
        }

        @Override
        public void authenticated(XMPPConnection c, boolean resumed) {
            LOG.debug("{} authenticated (resumed: {})", account.bareJid(), resumed);
        }
    }
}
