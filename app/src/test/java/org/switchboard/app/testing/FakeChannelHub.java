package org.switchboard.app.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.channels.ChatStateEvent;
import org.switchboard.app.channels.SubscriptionRequest;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/**
 * A hub driven by the test: it records what the GUI asks (sends, trusts, own status, starts) and emits
 * the account states and messages the test gives it, on the calling thread. Sent and delivered
 * messages are stored in the given history first, like the real hub does.
 */
public final class FakeChannelHub implements ChannelHub {
    public record Sent(Endpoint to, String text) {}

    public record Trusted(String accountKey, String fingerprint) {}

    private final MessageHistory history;
    private final Clock clock;
    private final Map<String, AccountStatus> accounts = new ConcurrentHashMap<>();
    private final List<Consumer<AccountStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<MessageRecord>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CallRecord>> callListeners = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Sent> corrections = new CopyOnWriteArrayList<>();
    private final List<Consumer<ChatStateEvent>> chatStateListeners = new CopyOnWriteArrayList<>();
    private final List<Trusted> trusted = new CopyOnWriteArrayList<>();
    private final List<OwnStatus> ownStatuses = new CopyOnWriteArrayList<>();
    private final Map<String, EndpointStatus> presence = new ConcurrentHashMap<>();
    private final List<Consumer<EndpointStatus>> presenceListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SubscriptionRequest>> subscriptionListeners = new CopyOnWriteArrayList<>();
    private final List<SubscriptionRequest> pendingSubscriptions = new CopyOnWriteArrayList<>();
    private final List<SubscriptionRequest> approved = new CopyOnWriteArrayList<>();
    private final List<SubscriptionRequest> denied = new CopyOnWriteArrayList<>();
    private final List<Endpoint> subscriptionsAsked = new CopyOnWriteArrayList<>();
    private final List<String> restarted = new CopyOnWriteArrayList<>();
    private volatile int starts;
    private volatile String account = "me@example.test";

    private final List<Endpoint> probed = new CopyOnWriteArrayList<>();

    public FakeChannelHub(MessageHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** Announces an account's status to the listeners (call it on the FX thread in FX tests). */
    public void emit(AccountStatus status) {
        accounts.put(status.account().key(), status);
        account = status.account().address();
        statusListeners.forEach(l -> l.accept(status));
    }

    /** Announces a subscription request to the listeners (call it on the FX thread in FX tests). */
    public void emit(SubscriptionRequest request) {
        pendingSubscriptions.add(request);
        subscriptionListeners.forEach(l -> l.accept(request));
    }

    /** The requests the GUI approved, in order. */
    public List<SubscriptionRequest> approved() {
        return List.copyOf(approved);
    }

    /** The requests the GUI denied, in order. */
    public List<SubscriptionRequest> denied() {
        return List.copyOf(denied);
    }

    /** The endpoints the GUI asked a subscription of, in order. */
    public List<Endpoint> subscriptionsAsked() {
        return List.copyOf(subscriptionsAsked);
    }

    @Override
    public AutoCloseable onSubscriptionRequest(Consumer<SubscriptionRequest> listener) {
        subscriptionListeners.add(listener);
        return () -> subscriptionListeners.remove(listener);
    }

    @Override
    public List<SubscriptionRequest> pendingSubscriptions() {
        return List.copyOf(pendingSubscriptions);
    }

    @Override
    public CompletableFuture<Void> approve(SubscriptionRequest request) {
        pendingSubscriptions.remove(request);
        approved.add(request);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> deny(SubscriptionRequest request) {
        pendingSubscriptions.remove(request);
        denied.add(request);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> requestSubscription(Endpoint to) {
        subscriptionsAsked.add(to);
        return CompletableFuture.completedFuture(null);
    }

    /** Stores an incoming message and hands the stored copy to the listeners. */
    public MessageRecord receive(Endpoint from, String body) {
        MessageRecord incoming = MessageRecord.incoming(account, from, body, clock.instant(), "in-" + System.nanoTime(), null);
        return store(incoming);
    }

    /** Stores the message and hands it to the listeners as it is (without the person the store would attach). */
    public void emitUnresolved(MessageRecord record) {
        history.append(record);
        messageListeners.forEach(l -> l.accept(record));
    }

    private MessageRecord store(MessageRecord record) {
        history.append(record);
        MessageRecord stored = history.timeline(Conversation.with(record.peer()), null, 20).stream()
                .filter(entry -> entry instanceof MessageRecord m && record.originId().equals(m.originId()))
                .map(MessageRecord.class::cast)
                .findFirst().orElse(record);
        messageListeners.forEach(l -> l.accept(stored));
        return stored;
    }

    @Override
    public List<AccountStatus> accounts() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public AutoCloseable onAccountStatus(Consumer<AccountStatus> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public CompletableFuture<MessageRecord> send(Endpoint to, String text) {
        sent.add(new Sent(to, text));
        MessageRecord outgoing = MessageRecord.outgoing(account, to, text, clock.instant(), "out-" + System.nanoTime(), null,
                DeliveryState.QUEUED);
        return CompletableFuture.completedFuture(store(outgoing));
    }

    /** Tells the chat state listeners that {@code event} happened. */
    public void emit(ChatStateEvent event) {
        chatStateListeners.forEach(l -> l.accept(event));
    }

    @Override
    public AutoCloseable onChatState(Consumer<ChatStateEvent> listener) {
        chatStateListeners.add(listener);
        return () -> chatStateListeners.remove(listener);
    }

    /** Corrects the last outgoing message to {@code to} in the history, like the real hub after the server's ack. */
    @Override
    public CompletableFuture<MessageRecord> correctLast(Endpoint to, String newText) {
        corrections.add(new Sent(to, newText));
        MessageRecord last = history.timeline(Conversation.with(to), null, 50).stream()
                .filter(e -> e instanceof MessageRecord m && m.direction() == Direction.OUT).map(MessageRecord.class::cast)
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("nothing to correct"));
        history.correct(new Correction(account, to, Direction.OUT, last.originId(), newText, clock.instant()));
        MessageRecord now = history.find(last.id()).orElseThrow();
        messageListeners.forEach(l -> l.accept(now));
        return CompletableFuture.completedFuture(now);
    }

    /** Like the real channels: XMPP corrects sent messages, SIP MESSAGE does not. */
    @Override
    public boolean canCorrect(Endpoint to) {
        return to.kind() == EndpointKind.XMPP;
    }

    @Override
    public void probe(Endpoint endpoint) {
        probed.add(endpoint);
    }

    /** The addresses asked about with {@link #probe}, in order. */
    public List<Endpoint> probed() {
        return probed;
    }

    public List<Sent> corrections() {
        return List.copyOf(corrections);
    }

    /** Stores a finished call and, when it was new, announces it to the call listeners, like the real hub. */
    public void callEnded(CallRecord call) {
        if (history.appendCall(call)) {
            announce(call);
        }
    }

    /** Hands {@code call} to the call listeners (again), without storing it. */
    public void announce(CallRecord call) {
        callListeners.forEach(l -> l.accept(call));
    }

    @Override
    public AutoCloseable onCall(Consumer<CallRecord> listener) {
        callListeners.add(listener);
        return () -> callListeners.remove(listener);
    }

    /** How many call listeners are registered. */
    public int callListeners() {
        return callListeners.size();
    }

    @Override
    public AutoCloseable onMessage(Consumer<MessageRecord> listener) {
        messageListeners.add(listener);
        return () -> messageListeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> setOwnStatus(OwnStatus status) {
        ownStatuses.add(status);
        return CompletableFuture.completedFuture(null);
    }

    /** A contact's presence changes (call it on the FX thread in FX tests). */
    public void emit(EndpointStatus status) {
        presence.put(status.endpoint().address(), status);
        presenceListeners.forEach(l -> l.accept(status));
    }

    @Override
    public AutoCloseable onPresence(Consumer<EndpointStatus> listener) {
        presenceListeners.add(listener);
        return () -> presenceListeners.remove(listener);
    }

    @Override
    public ReachContext reachContext() {
        return new ReachContext() {
            @Override
            public EndpointStatus statusOf(Endpoint endpoint) {
                return presence.getOrDefault(endpoint.address(), EndpointStatus.unknown(endpoint));
            }

            @Override
            public Set<EndpointKind> usableKinds() {
                return EnumSet.of(EndpointKind.EMAIL, EndpointKind.XMPP);
            }
        };
    }

    @Override
    public void start() {
        starts++;
    }

    @Override
    public void restart(String accountKey) {
        restarted.add(accountKey);
    }

    @Override
    public void trust(String accountKey, String fingerprint) {
        trusted.add(new Trusted(accountKey, fingerprint));
    }

    @Override
    public void close() {
        statusListeners.clear();
        messageListeners.clear();
        chatStateListeners.clear();
        callListeners.clear();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Trusted> trusted() {
        return List.copyOf(trusted);
    }

    public List<OwnStatus> ownStatuses() {
        return List.copyOf(ownStatuses);
    }

    public int starts() {
        return starts;
    }

    /** The accounts whose channel the GUI asked to make anew ({@link #restart}), in order. */
    public List<String> restarted() {
        return List.copyOf(restarted);
    }

    public int listeners() {
        return messageListeners.size();
    }
}
