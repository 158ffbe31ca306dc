package org.switchboard.app.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.channels.ChatStateEvent;
import org.switchboard.app.system.UriOpener;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/**
 * One person's conversation: their timeline of messages and calls (oldest first, paged from the
 * newest), new messages and finished calls from the hub for any of their addresses, the draft and
 * sending. While it is shown, everything from the person is marked read. Hub listeners arrive on the
 * UI thread (the hub's contract in the GUI).
 */
public final class ConversationViewModel implements AutoCloseable {
    static final int PAGE = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ConversationViewModel.class);

    private final Person person;
    private final PersonId id;
    private final MessageHistory history;
    private final ChannelHub hub;
    private final TaskRunner tasks;
    private final UriOpener uriOpener;
    private final Consumer<PersonId> onRead;
    private final TimelineEntries timeline = new TimelineEntries();
    private final ObservableList<Endpoint> chatAddresses = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable Endpoint> sendTo = new SimpleObjectProperty<>(this, "sendTo");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyBooleanWrapper moreBefore = new ReadOnlyBooleanWrapper(this, "moreBefore");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper(this, "typing", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final AutoCloseable subscription;
    private final AutoCloseable chatStates;
    private final AutoCloseable calls;

    /** {@code onRead} is told when the person's messages were marked read (to clear their unread badge). */
    public ConversationViewModel(Person person, MessageHistory history, ChannelHub hub, TaskRunner tasks, UriOpener uriOpener,
            Consumer<PersonId> onRead) {
        this.person = person;
        this.id = Objects.requireNonNull(person.id(), "a conversation needs a stored person");
        this.history = history;
        this.hub = hub;
        this.tasks = tasks;
        this.uriOpener = uriOpener;
        this.onRead = onRead;
        chatAddresses.setAll(ChatAddresses.of(person, hub.reachContext()));
        chatAddresses.forEach(hub::probe);
        sendTo.set(chatAddresses.isEmpty() ? null : chatAddresses.getFirst());
        shown.addListener((obs, was, now) -> markReadIfShown());
        subscription = hub.onMessage(this::arrived);
        chatStates = hub.onChatState(this::chatState);
        calls = hub.onCall(this::callEnded);
        draft.addListener((obs, was, now) -> {
            if (now.isEmpty()) {
                editing.set(false);
            }
        });
    }

    /**
     * Puts the user's last message into the empty draft to be corrected (Up in the composer); the
     * next {@link #send()} corrects it instead of sending a new one. False when there is none.
     */
    public boolean editLast() {
        Endpoint to = sendTo.get();
        if (!draft.get().isEmpty() || to == null || !hub.canCorrect(to)) {
            return false;
        }
        List<HistoryEntry> entries = timeline.list();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) instanceof MessageRecord message && message.direction() == Direction.OUT
                    && message.originId() != null) {
                draft.set(message.body());
                editing.set(true);
                return true;
            }
        }
        return false;
    }

    /** Loads the newest page of the timeline in the background. */
    public void load() {
        tasks.run(() -> page(null), page -> {
            timeline.replaceAll(page);
            moreBefore.set(page.size() == PAGE);
            preferLastUsedAddress();
            markReadIfShown();
        }, failure -> problem.set("The conversation could not be read: " + failure.getMessage()));
    }

    /** Loads the page before the oldest entry shown. */
    public void loadEarlier() {
        Optional<HistoryCursor> before = timeline.before();
        if (before.isEmpty() || !moreBefore.get()) {
            return;
        }
        tasks.run(() -> page(before.get()), page -> {
            timeline.prepend(page);
            moreBefore.set(page.size() == PAGE);
        }, failure -> problem.set("Earlier messages could not be read: " + failure.getMessage()));
    }

    /** Sends the draft to the chosen address; the message appears once the hub has stored it. */
    public void send() {
        String text = draft.get().strip();
        Endpoint to = sendTo.get();
        if (text.isEmpty() || to == null) {
            return;
        }
        boolean correcting = editing.get();
        draft.set("");
        problem.set("");
        CompletableFuture<MessageRecord> sent;
        try {
            sent = correcting ? hub.correctLast(to, text) : hub.send(to, text);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((record, failure) -> tasks.onUi(() -> {
            if (failure != null) {
                LOG.info("Sending to {} failed: {}", to.address(), failure.toString());
                problem.set("Not sent: " + rootMessage(failure));
            } else {
                timeline.upsert(record);
            }
        }));
    }

    /** Opens a link of a message with the system's handler. */
    public void openLink(String uri) {
        try {
            uriOpener.open(uri);
        } catch (IllegalStateException e) {
            problem.set(e.getMessage());
        }
    }

    private List<HistoryEntry> page(@Nullable HistoryCursor before) {
        return history.timeline(Conversation.with(id), before, PAGE);
    }

    private void arrived(MessageRecord message) {
        if (!isOurs(message)) {
            return;
        }
        timeline.upsert(message);
        if (message.direction() == Direction.IN) {
            typing.set("");
        }
        if (message.direction() == Direction.IN && message.unread()) {
            markReadIfShown();
        }
    }

    private void callEnded(CallRecord call) {
        if (isOurs(call)) {
            timeline.upsert(call);
        }
    }

    private boolean isOurs(HistoryEntry entry) {
        return id.equals(entry.person()) || isOurs(entry.peer());
    }

    private boolean isOurs(Endpoint peer) {
        return person.endpoints().stream().anyMatch(e -> e.kind() == peer.kind() && e.address().equalsIgnoreCase(peer.address()));
    }

    private void chatState(ChatStateEvent event) {
        if (isOurs(event.peer())) {
            typing.set(event.state() == ChatStates.State.COMPOSING ? "typing…" : "");
        }
    }

    private void preferLastUsedAddress() {
        List<HistoryEntry> entries = timeline.list();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!(entries.get(i) instanceof MessageRecord message)) {
                continue;
            }
            Endpoint peer = message.peer();
            var match = chatAddresses.stream().filter(e -> e.address().equals(peer.address())).findFirst();
            if (match.isPresent()) {
                sendTo.set(match.get());
                return;
            }
        }
    }

    private void markReadIfShown() {
        if (!shown.get()) {
            return;
        }
        tasks.run(() -> history.markRead(Conversation.with(id)), count -> onRead.accept(id),
                failure -> LOG.warn("Could not mark the conversation with {} read", id, failure));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && (cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    public Person person() {
        return person;
    }

    /** The timeline shown: messages and calls, oldest first. */
    public ObservableList<HistoryEntry> entries() {
        return timeline.list();
    }

    /** The person's chat addresses; {@link #sendToProperty()} is one of them. */
    public ObservableList<Endpoint> chatAddresses() {
        return chatAddresses;
    }

    public ObjectProperty<@Nullable Endpoint> sendToProperty() {
        return sendTo;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    /** Set by the view while the conversation is on screen and focused: then everything is marked read. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty moreBeforeProperty() {
        return moreBefore.getReadOnlyProperty();
    }

    /** "typing…" while the person's client says they are typing, else empty. */
    public ReadOnlyStringProperty typingProperty() {
        return typing.getReadOnlyProperty();
    }

    /** True while the draft is a correction of the last message sent ({@link #editLast()}). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why something failed (not sent, history unreadable), in plain words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public void close() {
        try {
            subscription.close();
            chatStates.close();
            calls.close();
        } catch (Exception e) {
            LOG.warn("Could not stop listening to messages and calls", e);
        }
    }
}
