package org.switchboard.app.channels;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.Corrections;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Sending, typing notifications (XEP-0085) and last-message corrections (XEP-0308) through the
 * account that can reach the peer now. Runs on the hub's thread; the futures complete there.
 */
final class ConversationActions {
    /** How far back the last own message of a conversation is looked for. */
    private static final int LOOK_BACK = 50;
    private final Function<Endpoint, Optional<AccountSupervisor>> senders;
    private final Function<Endpoint, Optional<AccountSupervisor>> offline;
    private final MessageHistory history;
    private final MessageRecorder recorder;
    private final Executor hub;
    /** Origin ids handed to a channel and not answered yet: the channel's to resend (stream resumption), not ours. */
    private final Set<String> inFlight = new HashSet<>();

    /**
     * @param senders the connected account that reaches an address
     * @param offline an account of the address's kind that is not connected now (retrying, interrupted)
     */
    ConversationActions(Function<Endpoint, Optional<AccountSupervisor>> senders, Function<Endpoint, Optional<AccountSupervisor>> offline,
            MessageHistory history, MessageRecorder recorder, Executor hub) {
        this.senders = senders;
        this.offline = offline;
        this.history = history;
        this.recorder = recorder;
        this.hub = hub;
    }

    /**
     * Sends the message through the account that reaches {@code to} and stores it as queued; completes
     * with the message as acknowledged (or fails, the stored message then marked failed). While the
     * account of that kind is offline, the message stays queued in the history (the future completes
     * with it at once) and goes out when the account connects again ({@link #sendQueued}).
     */
    CompletableFuture<MessageRecord> send(Endpoint to, String text, boolean anyAccount) {
        Optional<AccountSupervisor> sender = senders.apply(to);
        Optional<Messaging> messaging = sender.flatMap(AccountSupervisor::connectedChannel).flatMap(c -> c.capability(Messaging.class));
        String id = UUID.randomUUID().toString();
        if (sender.isEmpty() || messaging.isEmpty()) {
            Optional<AccountSupervisor> later = offline.apply(to);
            if (later.isPresent()) {
                return CompletableFuture.completedFuture(recorder.queued(recorder.outgoing(later.get().account().address(), to, text, id)));
            }
            return CompletableFuture.failedFuture(new ChannelException.NotConnected("No connected " + to.kind().label()
                    + " account can send to " + to.address() + (anyAccount ? " right now." : "; add an account first."), null));
        }
        String account = sender.get().account().address();
        MessageRecord message = recorder.outgoing(account, to, text, id);
        // handed to the channel first and stored while it travels (a round trip shorter by the store): the
        // channel's answer comes on this thread after this task, so it finds the message stored; a store that
        // fails fails the caller's future although the message may have left
        CompletableFuture<MessageRecord> sent = transmit(messaging.get(), account, message);
        recorder.queued(message);
        return sent;
    }

    /**
     * Sends what was queued through {@code account} while it was offline (also in an earlier run), oldest
     * first, with each message's own id so that nobody sees it twice; a message that cannot go out
     * because the connection dropped again stays queued.
     */
    void sendQueued(AccountSupervisor supervisor, Messaging messaging) {
        String account = supervisor.account().address();
        for (MessageRecord waiting : history.queued(account)) {
            String id = waiting.originId();
            if (id != null && !inFlight.contains(id)) {
                recorder.track(waiting);
                transmit(messaging, account, waiting);
            }
        }
    }

    private CompletableFuture<MessageRecord> transmit(Messaging messaging, String account, MessageRecord queued) {
        Endpoint to = queued.peer();
        String id = java.util.Objects.requireNonNull(queued.originId(), "a queued message has its origin id");
        CompletableFuture<MessageRecord> result = new CompletableFuture<>();
        inFlight.add(id);
        messaging.send(to, queued.body(), id).whenComplete((receipt, failure) -> hub.execute(() -> {
            inFlight.remove(id);
            if (failure != null && cause(failure) instanceof ChannelException.NotConnected) {
                result.completeExceptionally(cause(failure));
                return;
            }
            MessageRecord now = recorder.advance(account, to, id, failure == null ? DeliveryState.ACKED : DeliveryState.FAILED);
            if (failure == null) {
                // untracked already when a delivery report overtook the ack (SIP: the 200 is both): read what is stored
                MessageRecord stored = now != null ? now : history.findByOriginId(account, to, id).orElse(queued);
                // the server's ack is a fact whatever the store raced with (an archive copy, a carbon)
                result.complete(stored.delivery().ordinal() < DeliveryState.ACKED.ordinal()
                        ? stored.withDelivery(DeliveryState.ACKED) : stored);
            } else {
                result.completeExceptionally(failure);
            }
        }));
        return result;
    }

    CompletableFuture<Void> chatState(Endpoint to, ChatStates.State state) {
        Optional<ChatStates> states = senders.apply(to).flatMap(AccountSupervisor::connectedChannel)
                .flatMap(c -> c.capability(ChatStates.class));
        return states.map(s -> s.send(to, state)).orElseGet(() -> CompletableFuture.failedFuture(notConnected(to)));
    }

    /**
     * Corrects the user's last message to {@code to} sent through the account that reaches it now;
     * the history is corrected once the server acknowledged the correction.
     */
    CompletableFuture<MessageRecord> correctLast(Endpoint to, String text) {
        Optional<AccountSupervisor> sender = senders.apply(to);
        Optional<Corrections> corrections = sender.flatMap(AccountSupervisor::connectedChannel)
                .flatMap(c -> c.capability(Corrections.class));
        if (sender.isEmpty() || corrections.isEmpty()) {
            return CompletableFuture.failedFuture(notConnected(to));
        }
        String account = sender.get().account().address();
        Optional<MessageRecord> last = lastOwn(account, to);
        if (last.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("There is no message to " + to.address() + " to correct."));
        }
        String originId = last.get().originId();
        CompletableFuture<MessageRecord> result = new CompletableFuture<>();
        corrections.get().correct(to, originId, text).whenComplete((receipt, failure) -> hub.execute(() -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(recorder.correctedOwn(account, to, originId, text).orElse(last.get()));
            }
        }));
        return result;
    }

    private Optional<MessageRecord> lastOwn(String account, Endpoint to) {
        List<HistoryEntry> recent = history.timeline(Conversation.with(to), null, LOOK_BACK);
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (recent.get(i) instanceof MessageRecord m && m.direction() == Direction.OUT && m.originId() != null
                    && m.account().equals(account)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static ChannelException notConnected(Endpoint to) {
        return new ChannelException.NotConnected("No connected " + to.kind().label() + " account can reach " + to.address()
                + " right now.", null);
    }
}
