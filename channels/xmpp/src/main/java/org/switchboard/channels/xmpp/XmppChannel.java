package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.StanzaCollector;
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
import org.switchboard.channels.api.support.EventHub;
import org.switchboard.channels.api.support.SerialExecutor;
import org.switchboard.channels.api.support.ConnectionStates;

/**
 * One XMPP account. Capabilities: {@link org.switchboard.channels.api.Messaging} and
 * {@link org.switchboard.channels.api.MessageEvents} (with carbons), {@link org.switchboard.channels.api.Corrections},
 * {@link org.switchboard.channels.api.ChatStates}, {@link org.switchboard.channels.api.PresenceSource}
 * and {@link org.switchboard.channels.api.OwnPresence}, {@link org.switchboard.channels.api.ContactList},
 * {@link org.switchboard.channels.api.ArchiveSync} (MAM); state changes through {@link #onStateChange}.
 * Listeners may be added before {@link #connect()}; they stay across connections. After a lost
 * connection ({@link ChannelState.Interrupted}) {@link #connect()} may be called again: it resumes
 * the stream or logs in anew, and messages sent meanwhile go out then.
 */
public final class XmppChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(XmppChannel.class);
    private final XmppAccount account;
    private final TrustAnchors anchors;
    private final ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
    private final Sessions sessions = new Sessions();
    private final OwnStatusHolder own = new OwnStatusHolder();
    private final Outbox outbox = new Outbox();
    private final AtomicInteger attempt = new AtomicInteger();
    private final Object opening = new Object();
    private final Calls calls;
    private final ConnectionStates states;
    private final XmppMessaging messaging;
    private final XmppPresence presence;
    private final XmppContactList contactList;
    private final XmppArchive archive;
    private final XmppChatStates chatStates;
    private final VersionedRosterStore roster;
    private volatile @Nullable PinningTrustManager trust;
    private volatile KeyExchangeGroups groups = KeyExchangeGroups.FAST;
    private volatile Consumer<XMPPTCPConnection> connectionHook = c -> {};

    XmppChannel(XmppAccount account, Executor events, TrustAnchors anchors, CapsCache caps, RosterCache rosterCache,
            Duration sendDeadline) {
        this.account = account;
        this.roster = new VersionedRosterStore(rosterCache, account.bareJid());
        this.anchors = anchors;
        this.calls = new Calls(io, events, () -> trust);
        String name = "XMPP " + account.bareJid();
        this.states = new ConnectionStates(new EventHub<>(name + " state", events));
        SerialExecutor sends = new SerialExecutor(io);
        this.messaging = new XmppMessaging(sessions, new Calls(sends, events, () -> trust),
                new Calls(sends.hereWhenIdle(), events, () -> trust), new EventHub<>(name + " message", events), outbox, sendDeadline);
        this.presence = new XmppPresence(sessions, calls, io, new EventHub<>(name + " presence", events), own, new CapsResolver(caps),
                roster);
        this.contactList = new XmppContactList(sessions, calls, new EventHub<>(name + " contact-list", events), roster);
        this.archive = new XmppArchive(sessions, calls);
        this.chatStates = new XmppChatStates(sessions, calls, new EventHub<>(name + " chat-state", events));
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
        return states.get();
    }

    @Override
    public AutoCloseable onStateChange(Consumer<ChannelState> listener) {
        return states.onStateChange(listener);
    }

    @Override
    public <C extends ChannelCapability> Optional<C> capability(Class<C> type) {
        return List.<Object>of(messaging, presence, contactList, archive, chatStates).stream()
                .filter(type::isInstance).map(type::cast).findFirst();
    }

    @Override
    public CompletableFuture<Void> connect() {
        states.set(new ChannelState.Connecting(attempt.incrementAndGet()));
        return calls.<Void>call(() -> {
            open();
            return null;
        }).whenComplete((ok, failure) -> {
            if (failure == null) {
                attempt.set(0);
                states.set(new ChannelState.Connected());
            } else {
                states.set(failedState(failure));
            }
        });
    }

    private void open() throws Exception {
        synchronized (opening) {
            XMPPTCPConnection connection = sessions.peek();
            if (connection != null && connection.isAuthenticated()) {
                return;
            }
            boolean fresh = connection == null;
            if (fresh) {
                connection = newConnection();
            }
            try {
                connection.connect();
                connection.login(account.localpart(), XmppConnector.password(account));
                presence.loggedIn(connection.streamWasResumed());
            } catch (Exception e) {
                if (fresh) {
                    connection.disconnect();
                }
                if (fresh && groups.mayHaveFailed(e, trust)) {
                    LOG.info("The TLS handshake with the server of {} failed offering only the {} key exchange groups ({}); "
                            + "connecting again offering all of them", account.bareJid(), groups, e.toString());
                    groups = KeyExchangeGroups.ALL; // from now on
                    open(); // a fresh connection again; this time no group is left to fall back to
                    return;
                }
                throw e;
            }
            sessions.set(connection);
            afterLogin(connection);
        }
    }

    private XMPPTCPConnection newConnection() throws Exception {
        PinningTrustManager pinning = new PinningTrustManager(anchors::trustManager, account.pinnedFingerprints());
        trust = pinning;
        XMPPTCPConnection connection = XmppConnector.create(account, pinning, groups);
        ReceiptReplies.attach(connection, roster::subscribedToMe); // first: a receipt leaves before the message is handed on
        messaging.attach(connection);
        chatStates.attach(connection);
        presence.attach(connection);
        contactList.attach(connection);
        connection.addConnectionListener(new Closing(connection));
        connectionHook.accept(connection);
        outbox.newConnection();
        return connection;
    }

    private void afterLogin(XMPPTCPConnection connection) throws Exception {
        boolean resumed = connection.streamWasResumed();
        messaging.queueWhileDown(true);
        @Nullable StanzaCollector carbons = null;
        if (!resumed) {
            contactList.requestLoginRoster(connection);
            carbons = messaging.requestCarbons(connection);
            contactList.awaitLoginRoster(Duration.ofMillis(connection.getReplyTimeout()));
            OwnStatus status = own.get().mode() == OwnStatus.Mode.OFFLINE ? OwnStatus.AVAILABLE : own.get();
            own.set(status);
            XmppPresence.send(connection, status);
        }
        messaging.afterLogin(connection, carbons);
        LOG.info("Connected {} (TLS {}, stream management {}, resumed {}, {} message(s) waiting for the server)",
                account.bareJid(), connection.isSecureConnection(), connection.isSmEnabled(), resumed, outbox.size());
    }

    private ChannelState failedState(Throwable failure) {
        Throwable cause = failure instanceof ChannelException || failure.getCause() == null ? failure : failure.getCause();
        LOG.warn("Could not connect {}: {}", account.bareJid(), cause.getMessage());
        return switch (cause) {
            case ChannelException.CertificateRejected e -> new ChannelState.Failed(e.getMessage());
            case ChannelException.AuthenticationFailed e -> new ChannelState.Failed(e.getMessage());
            default -> sessions.peek() != null ? new ChannelState.Interrupted(String.valueOf(cause.getMessage()))
                    : new ChannelState.Disconnected();
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
        messaging.queueWhileDown(false);
        XMPPTCPConnection connection = sessions.peek();
        if (connection != null && sessions.clear(connection)) {
            connection.disconnect();
        }
        outbox.failAll(new ChannelException.NotConnected(
                "Disconnected before the server confirmed the message; it may still arrive.", null));
        states.set(new ChannelState.Disconnected());
    }

    /** Disconnects and stops the channel's threads; blocking calls still waiting for an answer are interrupted. */
    @Override
    public void close() {
        shutDown();
        io.shutdownNow();
        try {
            if (!io.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Some XMPP work of {} did not stop within 5 s of closing", account.bareJid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tests: runs {@code hook} on each new Smack connection before it connects (to count stanzas). */
    void onNewConnection(Consumer<XMPPTCPConnection> hook) {
        connectionHook = hook;
    }

    /** Tests: the full address (with resource) of the current connection, empty when none. */
    String fullAddress() {
        XMPPTCPConnection connection = sessions.peek();
        return connection == null || connection.getUser() == null ? "" : connection.getUser().toString();
    }

    /** Tests: the key exchange groups the channel's connections offer now. */
    KeyExchangeGroups offeredGroups() {
        return groups;
    }

    /** Tests: whether the last login resumed the previous stream (XEP-0198). */
    boolean resumed() {
        XMPPTCPConnection connection = sessions.peek();
        return connection != null && connection.streamWasResumed();
    }

    /** Follows the connection's end: a loss keeps it for the next connect; a requested end forgets it. */
    private final class Closing implements ConnectionListener {
        private final XMPPTCPConnection connection;

        Closing(XMPPTCPConnection connection) {
            this.connection = connection;
        }

        @Override
        public void connectionClosed() {
            if (own.get().mode() == OwnStatus.Mode.OFFLINE && sessions.clear(connection)) {
                messaging.queueWhileDown(false);
                states.set(new ChannelState.Disconnected());
            } else if (sessions.peek() == connection) {
                lost("the server closed the stream");
            }
        }

        @Override
        public void connectionClosedOnError(Exception e) {
            if (sessions.peek() == connection) {
                lost(e.toString());
            }
        }

        private void lost(String reason) {
            LOG.warn("Connection of {} lost: {}; {} message(s) wait for the next connect", account.bareJid(), reason, outbox.size());
            states.set(new ChannelState.Interrupted(reason));
        }
    }
}
