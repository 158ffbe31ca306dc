package org.switchboard.app.person;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.services.PresenceStyle;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.reach.ReachService;
import org.switchboard.app.system.UriOpener;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.reach.Intent;
import org.switchboard.contacts.reach.ReachOption;
import org.switchboard.contacts.reach.ReachPolicy;
import org.switchboard.contacts.reach.ReachRequest;
import org.switchboard.contacts.reach.ReachResult;

/**
 * The card of one person: each channel with presence and capabilities, what Reach would do and why,
 * and the actions themselves (Reach, Chat, Call, Email), which hand the chosen address to the system, or,
 * for a chat an account can carry, open the person's conversation.
 */
public final class PersonCardViewModel {
    private final PersonRepository repository;
    private final ReachContext reachContext;
    private final ReachService reachService;
    private final UriOpener uriOpener;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<@Nullable Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObservableList<EndpointRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper presenceText = new ReadOnlyStringWrapper(this, "presenceText", "");
    private final ReadOnlyStringWrapper presenceStyle = new ReadOnlyStringWrapper(this, "presenceStyle", "unknown");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper(this, "decision", "");
    private final ReadOnlyBooleanWrapper unreachable = new ReadOnlyBooleanWrapper(this, "unreachable");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private @Nullable ChannelKind lastUsed;
    private ChatOpener chat = ChatOpener.NONE;
    private CallPlacer calls = CallPlacer.NONE;

    public PersonCardViewModel(PersonRepository repository, ReachContext reachContext, UriOpener uriOpener, TaskRunner tasks, Clock clock) {
        this.repository = repository;
        this.reachContext = reachContext;
        this.reachService = new ReachService(repository, reachContext, clock);
        this.uriOpener = uriOpener;
        this.tasks = tasks;
        this.clock = clock;
        person.addListener((obs, old, now) -> show(now));
    }

    /** Chats go to {@code opener} when it can reach the address, instead of to the system's URI handler. */
    public void setChatOpener(ChatOpener opener) {
        this.chat = opener;
    }

    /** Calls go to {@code placer} when it can call the address, instead of to the system's URI handler. */
    public void setCallPlacer(CallPlacer placer) {
        this.calls = placer;
    }

    /** Does what Reach decided: opens the best channel, or explains why there is none. */
    public void reach() {
        act(Intent.ANY);
    }

    /** An explicit action (chat, call or email); explains when it is not possible. */
    public void act(Intent intent) {
        Person current = person.get();
        if (current == null) {
            return;
        }
        ReachResult result = ReachPolicy.decide(request(current, intent));
        switch (result) {
            case ReachResult.Reachable r -> perform(current, r.options().getFirst());
            case ReachResult.Unreachable u -> {
                outcome.set(u.reason());
                unreachable.set(true);
            }
        }
    }

    /** Refreshes presence and the decision (a channel reported news). */
    public void refresh() {
        show(person.get());
    }

    private void perform(Person current, ReachOption option) {
        if (option.channel() == ChannelKind.CHAT && chat.canChat(option.endpoint())) {
            chat.openChat(current, option.endpoint());
            outcome.set("Opened the conversation with " + current.displayName());
        } else if (option.channel() == ChannelKind.CALL && calls.canCall(option.endpoint())) {
            calls.call(current, option.endpoint());
            outcome.set("Calling " + current.displayName() + " at " + option.endpoint().address());
        } else {
            uriOpener.open(option.endpoint().uri());
            outcome.set(ReachTexts.performed(option));
        }
        unreachable.set(false);
        PersonId id = current.id();
        if (id != null) {
            lastUsed = option.channel();
            tasks.run(() -> {
                repository.recordUse(id, option.channel());
                return option.channel();
            }, channel -> updateDecision(), problem -> outcome.set("Could not remember the channel used: " + problem.getMessage()));
        }
    }

    private void show(@Nullable Person now) {
        outcome.set("");
        lastUsed = null;
        if (now == null) {
            rows.clear();
            decision.set("");
            return;
        }
        List<EndpointStatus> statuses = statuses(now);
        rows.setAll(statuses.stream().map(s -> EndpointRow.of(s, reachContext.sharingNote(s.endpoint()))).toList());
        var best = reachContext.bestPresence(now.endpoints());
        presenceText.set(PresenceStyle.describe(best));
        presenceStyle.set(PresenceStyle.styleClass(best));
        updateDecision();
        PersonId id = now.id();
        if (id != null) {
            tasks.run(() -> repository.lastUsed(id), used -> applyLastUsed(id, used), problem -> { });
        }
    }

    private void applyLastUsed(PersonId id, Optional<ChannelKind> used) {
        Person current = person.get();
        if (current != null && id.equals(current.id())) {
            lastUsed = used.orElse(null);
            updateDecision();
        }
    }

    private void updateDecision() {
        Person current = person.get();
        if (current == null) {
            return;
        }
        ReachResult result = ReachPolicy.decide(request(current, Intent.ANY));
        decision.set(ReachTexts.preview(result));
        unreachable.set(result instanceof ReachResult.Unreachable);
    }

    private ReachRequest request(Person current, Intent intent) {
        return reachService.requestFor(current, intent, lastUsed);
    }

    private List<EndpointStatus> statuses(Person current) {
        return current.endpoints().stream().map(reachContext::statusOf).toList();
    }

    public ObjectProperty<@Nullable Person> personProperty() {
        return person;
    }

    public ObservableList<EndpointRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty presenceTextProperty() {
        return presenceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty presenceStyleProperty() {
        return presenceStyle.getReadOnlyProperty();
    }

    /** "Reach will email: …" or why the person cannot be reached. */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unreachableProperty() {
        return unreachable.getReadOnlyProperty();
    }

    /** What the last action did ("Opened an email to …") or why it could not. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
