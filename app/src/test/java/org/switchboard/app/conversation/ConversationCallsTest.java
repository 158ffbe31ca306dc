package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** Calls in a person's conversation beside their messages, read from a real SQLite history and announced by the hub. */
class ConversationCallsTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final String PHONE_ACCOUNT = "sip:me@voip.example.test";
    private static final CallQuality GOOD = new CallQuality("opus/48000", 6200, 6195, 0.1, 2, 38, 4.3, Duration.ZERO);

    @TempDir
    Path dir;

    private final Endpoint benChat = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
    private final Endpoint benPhone = Addresses.parse(EndpointKind.SIP, "sip:ben@voip.example.org");
    private final Endpoint claraPhone = Addresses.parse(EndpointKind.SIP, "sip:clara@voip.example.org");
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
        ben = repository.save(Person.named("Ben Becker", benChat, benPhone));
        repository.save(Person.named("Clara Castro", claraPhone));
        conversation = new ConversationViewModel(ben, history, hub, new DirectTaskRunner(), new RecordingUriOpener(), id -> { });
    }

    @AfterEach
    void close() {
        conversation.close();
        repository.close();
    }

    @Test
    void callsAreShownBetweenTheMessagesInTimeOrder() {
        history.append(message("are you free?", T0));
        history.appendCall(outgoing("c1", T0.plusSeconds(60)));
        history.append(message("thanks for the call", T0.plusSeconds(300)));
        history.appendCall(missed("c2", T0.plusSeconds(600)));

        conversation.load();

        assertThat(conversation.entries()).extracting(ConversationCallsTest::describe).containsExactly(
                "message: are you free?", "call: Outgoing call, 2:05 — They hung up", "message: thanks for the call",
                "call: Missed call — They gave up before it was answered");
        assertThat(conversation.sendToProperty().get()).as("calls do not choose the chat address").isEqualTo(benChat);
        assertThat(conversation.moreBeforeProperty().get()).isFalse();
    }

    @Test
    void pagingBackwardsCrossesCallsWithoutLosingOrRepeatingAny() {
        for (int i = 0; i < 70; i++) {
            Instant at = T0.plusSeconds(60L * i);
            if (i % 10 == 5) {
                history.appendCall(outgoing("c" + i, at));
            } else {
                history.append(message("message " + i, at));
            }
        }

        conversation.load();
        assertThat(conversation.entries()).hasSize(ConversationViewModel.PAGE);
        assertThat(conversation.moreBeforeProperty().get()).isTrue();
        conversation.loadEarlier();

        assertThat(conversation.entries()).hasSize(70);
        assertThat(conversation.entries()).extracting(HistoryEntry::at).isSorted().doesNotHaveDuplicates();
        assertThat(conversation.entries()).filteredOn(CallRecord.class::isInstance).extracting(e -> ((CallRecord) e).callId())
                .containsExactly("c5", "c15", "c25", "c35", "c45", "c55", "c65");
        assertThat(conversation.moreBeforeProperty().get()).isFalse();
    }

    @Test
    void aCallThatEndsWhileTheConversationIsOpenAppearsOnce() {
        history.append(message("call me", T0));
        conversation.load();

        CallRecord call = outgoing("c1", T0.plusSeconds(60));
        hub.callEnded(call);
        hub.announce(call);

        assertThat(conversation.entries()).extracting(ConversationCallsTest::describe)
                .containsExactly("message: call me", "call: Outgoing call, 2:05 — They hung up");
    }

    @Test
    void aCallAnnouncedAfterTheLoadThatReadItIsNotShownTwice() {
        CallRecord call = missed("c1", T0);
        history.appendCall(call);
        conversation.load();

        hub.announce(call);

        assertThat(conversation.entries()).singleElement().isInstanceOf(CallRecord.class);
    }

    @Test
    void aCallAnnouncedBeforeItsPageIsLoadedTakesThePagesPlace() {
        for (int i = 0; i < ConversationViewModel.PAGE + 5; i++) {
            history.append(message("message " + i, T0.plusSeconds(60L + i)));
        }
        conversation.load();
        hub.callEnded(missed("c1", T0));
        assertThat(conversation.entries().getFirst()).as("in its place in time").isInstanceOf(CallRecord.class);

        conversation.loadEarlier();

        assertThat(conversation.entries()).hasSize(ConversationViewModel.PAGE + 6);
        assertThat(conversation.entries()).filteredOn(CallRecord.class::isInstance).singleElement()
                .satisfies(e -> assertThat(e.id()).as("the stored copy").isNotNull());
        assertThat(conversation.entries().getFirst()).isInstanceOf(CallRecord.class);
    }

    @Test
    void otherPersonsCallsAreNotShown() {
        conversation.load();

        hub.callEnded(new CallRecord(null, null, PHONE_ACCOUNT, claraPhone, Direction.IN, T0, "c1", Duration.ofSeconds(30),
                "They hung up", GOOD));

        assertThat(conversation.entries()).isEmpty();
    }

    @Test
    void closingStopsListeningToCalls() {
        int before = hub.callListeners();

        conversation.close();

        assertThat(hub.callListeners()).isEqualTo(before - 1);
    }

    private MessageRecord message(String body, Instant at) {
        return MessageRecord.incoming("me@example.test", benChat, body, at, "o-" + at.getEpochSecond(), null);
    }

    private CallRecord outgoing(String callId, Instant at) {
        return new CallRecord(null, null, PHONE_ACCOUNT, benPhone, Direction.OUT, at, callId, Duration.ofSeconds(125),
                "They hung up", GOOD);
    }

    private CallRecord missed(String callId, Instant at) {
        return new CallRecord(null, null, PHONE_ACCOUNT, benPhone, Direction.IN, at, callId, Duration.ZERO,
                "They gave up before it was answered", CallQuality.NONE);
    }

    private static String describe(HistoryEntry entry) {
        return switch (entry) {
            case MessageRecord m -> "message: " + m.body();
            case CallRecord c -> "call: " + c.summary();
        };
    }
}
