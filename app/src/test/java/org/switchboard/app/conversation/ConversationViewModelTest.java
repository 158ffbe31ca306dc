package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.ChatStateEvent;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

class ConversationViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;

    private final Endpoint benChat = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
    private final Endpoint benWork = Addresses.parse(EndpointKind.XMPP, "ben@work.example.org");
    private final RecordingUriOpener opener = new RecordingUriOpener();
    private final List<PersonId> read = new ArrayList<>();
    private SqlitePersonRepository repository;
    private MessageHistory history;
    private FakeChannelHub hub;
    private Person ben;
    private ConversationViewModel conversation;

    @BeforeEach
    void open() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        history = repository.messageHistory();
        hub = new FakeChannelHub(history, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
        ben = repository.save(Person.named("Ben Becker", benChat, benWork,
                Addresses.parse(EndpointKind.EMAIL, "ben@example.org")));
        repository.save(Person.named("Clara Castro", Addresses.parse(EndpointKind.XMPP, "clara@chat.example.org")));
    }

    @AfterEach
    void close() {
        if (conversation != null) {
            conversation.close();
        }
        repository.close();
    }

    /** The messages shown, without the calls. */
    private List<MessageRecord> messages() {
        return conversation.entries().stream().filter(MessageRecord.class::isInstance).map(MessageRecord.class::cast).toList();
    }

    private ConversationViewModel open(Person person) {
        conversation = new ConversationViewModel(person, history, hub, new DirectTaskRunner(), opener, read::add);
        return conversation;
    }

    @Test
    void loadsTheNewestPageOldestFirstAndPagesBackwards() {
        for (int i = 0; i < 60; i++) {
            history.append(MessageRecord.incoming("me@example.test", i % 2 == 0 ? benChat : benWork, "message " + i,
                    T0.plusSeconds(i), "o" + i, null));
        }
        open(ben).load();

        assertThat(messages()).hasSize(ConversationViewModel.PAGE);
        assertThat(messages().getFirst().body()).isEqualTo("message 10");
        assertThat(messages().getLast().body()).isEqualTo("message 59");
        assertThat(conversation.moreBeforeProperty().get()).isTrue();
        assertThat(conversation.sendToProperty().get()).as("the address used last").isEqualTo(benWork);

        conversation.loadEarlier();

        assertThat(messages()).hasSize(60);
        assertThat(messages().getFirst().body()).isEqualTo("message 0");
        assertThat(conversation.moreBeforeProperty().get()).isFalse();
    }

    @Test
    void sendingGoesThroughTheHubAndShowsTheStoredMessage() {
        open(ben).load();
        conversation.draftProperty().set("  Lunch at 12?  ");

        conversation.send();

        assertThat(hub.sent()).containsExactly(new FakeChannelHub.Sent(benChat, "Lunch at 12?"));
        assertThat(conversation.draftProperty().get()).isEmpty();
        assertThat(messages()).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo(Direction.OUT);
            assertThat(m.delivery()).isEqualTo(DeliveryState.QUEUED);
            assertThat(m.id()).isNotNull();
        });
    }

    @Test
    void upInAnEmptyDraftEditsTheLastMessageSentAndSendingCorrectsIt() {
        open(ben).load();
        conversation.draftProperty().set("Lunch at 21?");
        conversation.send();

        assertThat(conversation.editLast()).isTrue();
        assertThat(conversation.draftProperty().get()).isEqualTo("Lunch at 21?");
        assertThat(conversation.editingProperty().get()).isTrue();
        assertThat(conversation.editLast()).as("only from an empty draft").isFalse();
        conversation.draftProperty().set("Lunch at 12?");
        conversation.send();

        assertThat(hub.sent()).containsExactly(new FakeChannelHub.Sent(benChat, "Lunch at 21?"));
        assertThat(hub.corrections()).containsExactly(new FakeChannelHub.Sent(benChat, "Lunch at 12?"));
        assertThat(conversation.editingProperty().get()).isFalse();
        assertThat(messages()).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("Lunch at 12?");
            assertThat(m.originalBody()).isEqualTo("Lunch at 21?");
        });
    }

    @Test
    void theHeaderSaysTypingWhileThePersonTypesAndNotForOthers() {
        open(ben).load();

        hub.emit(new ChatStateEvent(Addresses.parse(EndpointKind.XMPP, "someone@else.example"), ChatStates.State.COMPOSING));
        assertThat(conversation.typingProperty().get()).isEmpty();
        hub.emit(new ChatStateEvent(benChat, ChatStates.State.COMPOSING));
        assertThat(conversation.typingProperty().get()).isEqualTo("typing…");
        hub.emit(new ChatStateEvent(benChat, ChatStates.State.PAUSED));
        assertThat(conversation.typingProperty().get()).isEmpty();
        hub.emit(new ChatStateEvent(benChat, ChatStates.State.COMPOSING));
        hub.receive(benChat, "done");
        assertThat(conversation.typingProperty().get()).as("a message ends the typing").isEmpty();
    }

    @Test
    void aFailedSendIsExplained() {
        ConversationViewModel failing = new ConversationViewModel(ben, history,
                org.switchboard.app.channels.ChannelHub.NONE, new DirectTaskRunner(), opener, read::add);
        failing.draftProperty().set("hello");

        failing.send();

        assertThat(failing.problemProperty().get())
                .isEqualTo("Not sent: No account can send to ben@chat.example.org: add an XMPP account first");
        failing.close();
    }

    @Test
    void incomingMessagesOfThisPersonAppearAndOthersDoNot() {
        open(ben).load();

        hub.receive(benWork, "hi from work");
        hub.receive(Addresses.parse(EndpointKind.XMPP, "clara@chat.example.org"), "hi from Clara");

        assertThat(messages()).extracting(MessageRecord::body).containsExactly("hi from work");
    }

    @Test
    void whileShownEverythingIsMarkedRead() {
        history.append(MessageRecord.incoming("me@example.test", benChat, "are you there?", T0, "o1", null));
        open(ben).load();
        assertThat(history.unreadCount(Conversation.with(ben.id()))).as("not shown yet").isEqualTo(1);

        conversation.shownProperty().set(true);
        assertThat(history.unreadCount(Conversation.with(ben.id()))).isZero();
        hub.receive(benChat, "hello?");

        assertThat(history.unreadCount(Conversation.with(ben.id()))).isZero();
        assertThat(read).contains(ben.id());
    }

    @Test
    void closingStopsListening() {
        open(ben);
        int before = hub.listeners();
        conversation.close();
        assertThat(hub.listeners()).isEqualTo(before - 1);
        conversation = null;
    }

    @Test
    void linksOpenThroughTheUriOpener() {
        open(ben).openLink("https://example.org");
        assertThat(opener.opened()).containsExactly("https://example.org");
    }

    @Test
    void sipAddressesAreChatAddressesAfterTheXmppOnesUnlessTheirDeviceRefusesMessagesAndTheyAreAskedAbout() {
        Endpoint deskPhone = Addresses.parse(EndpointKind.SIP, "sip:ben@pbx.example.org");
        Endpoint doorPhone = Addresses.parse(EndpointKind.SIP, "sip:door@pbx.example.org");
        hub.emit(new EndpointStatus(doorPhone, Presence.AVAILABLE, "", java.util.Set.of(Capability.VOICE_CALL), true));
        Person withPhones = repository.save(Person.named("Ben Phones", deskPhone, benChat, doorPhone));

        open(withPhones);

        assertThat(conversation.chatAddresses()).containsExactly(benChat, deskPhone);
        assertThat(conversation.sendToProperty().get()).isEqualTo(benChat);
        assertThat(hub.probed()).containsExactly(benChat, deskPhone);
    }

    @Test
    void aMessageSentBySipCannotBeCorrected() {
        Endpoint deskPhone = Addresses.parse(EndpointKind.SIP, "sip:ben@pbx.example.org");
        Person onlyPhone = repository.save(Person.named("Ben Phone", deskPhone));
        open(onlyPhone).load();
        conversation.draftProperty().set("hello by SIP");
        conversation.send();

        assertThat(hub.sent()).extracting(FakeChannelHub.Sent::to).containsExactly(deskPhone);
        assertThat(conversation.editLast()).isFalse();
        assertThat(conversation.draftProperty().get()).isEmpty();
    }
}
