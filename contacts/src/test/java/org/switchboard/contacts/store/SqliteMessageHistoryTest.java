package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/** The history on a real SQLite profile database: dedupe, delivery, corrections, paging, unread. */
class SqliteMessageHistoryTest {
    static final String ACCOUNT = "me@example.org";
    static final Endpoint KEN = new Endpoint(EndpointKind.XMPP, "ken@chat.example.org", "");
    static final Endpoint MIDGE = new Endpoint(EndpointKind.XMPP, "midge@chat.example.org", "");
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path dir;

    private SqlitePersonRepository repository;
    private MessageHistory history;

    @BeforeEach
    void open() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        history = repository.messageHistory();
    }

    @AfterEach
    void close() {
        repository.close();
    }

    static MessageRecord in(Endpoint peer, String body, int minute, String originId, String stanzaId) {
        return MessageRecord.incoming(ACCOUNT, peer, body, T0.plusSeconds(60L * minute), originId, stanzaId);
    }

    @Test
    void anArchivePageFetchedTwiceIsStoredOnce() {
        List<MessageRecord> page = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            page.add(in(KEN, "message " + i, i, "o" + i, "s" + i));
        }

        assertThat(history.appendAll(page)).isEqualTo(100);
        assertThat(history.appendAll(page)).isZero();
        assertThat(history.count()).isEqualTo(100);
    }

    @Test
    void aLiveMessageAndItsArchiveCopyAreOneRowWithTheArchiveIdFilledIn() {
        assertThat(history.append(in(KEN, "hello", 0, "o1", null))).isTrue();

        assertThat(history.append(in(KEN, "hello", 0, "o1", "archive-1"))).isFalse();
        assertThat(history.append(in(KEN, "hello", 0, null, "archive-1"))).isFalse();

        List<HistoryEntry> timeline = history.timeline(Conversation.with(KEN), null, 10);
        assertThat(timeline).singleElement().satisfies(e -> assertThat(((MessageRecord) e).stanzaId()).isEqualTo("archive-1"));
    }

    @Test
    void aCarbonOfOurOwnSentMessageIsNotStoredAgainAndAdvancesItsState() {
        var sent = MessageRecord.outgoing(ACCOUNT, KEN, "on my way", T0, "mine-1", null, DeliveryState.QUEUED);
        var carbon = MessageRecord.outgoing(ACCOUNT, KEN, "on my way", T0, "mine-1", "s9", DeliveryState.ACKED);

        assertThat(history.appendAll(List.of(sent, carbon))).isEqualTo(1);

        MessageRecord stored = (MessageRecord) history.timeline(Conversation.with(KEN), null, 10).getFirst();
        assertThat(stored.delivery()).isEqualTo(DeliveryState.ACKED);
        assertThat(stored.stanzaId()).isEqualTo("s9");
        assertThat(stored.unread()).isFalse();
    }

    @Test
    void theSameOriginIdFromTwoPeersIsTwoMessages() {
        assertThat(history.append(in(KEN, "hi", 0, "1", null))).isTrue();
        assertThat(history.append(in(MIDGE, "hi", 0, "1", null))).isTrue();
        assertThat(history.append(in(new Endpoint(EndpointKind.XMPP, "KEN@chat.example.org", ""), "hi", 0, "1", null)))
                .as("addresses compare case-insensitively").isFalse();
    }

    @Test
    void messagesWithoutIdsAreNeverLost() {
        assertThat(history.append(in(KEN, "ok", 0, null, null))).isTrue();
        assertThat(history.append(in(KEN, "ok", 0, null, null))).isTrue();
        assertThat(history.count()).isEqualTo(2);
    }

    @Test
    void deliveryStateOnlyMovesForward() {
        history.append(MessageRecord.outgoing(ACCOUNT, KEN, "ping", T0, "p1", null, DeliveryState.QUEUED));

        assertThat(history.updateDelivery(ACCOUNT, KEN, "p1", DeliveryState.SENT)).isTrue();
        assertThat(history.updateDelivery(ACCOUNT, KEN, "p1", DeliveryState.DELIVERED)).isTrue();
        assertThat(history.updateDelivery(ACCOUNT, KEN, "p1", DeliveryState.ACKED)).as("late ack").isFalse();
        assertThat(history.updateDelivery(ACCOUNT, KEN, "unknown", DeliveryState.SENT)).isFalse();

        assertThat(((MessageRecord) history.timeline(Conversation.with(KEN), null, 1).getFirst()).delivery())
                .isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aFailedMessageCanBeQueuedAgain() {
        history.append(MessageRecord.outgoing(ACCOUNT, KEN, "ping", T0, "p1", null, DeliveryState.SENT));

        assertThat(history.updateDelivery(ACCOUNT, KEN, "p1", DeliveryState.FAILED)).isTrue();
        assertThat(history.updateDelivery(ACCOUNT, KEN, "p1", DeliveryState.QUEUED)).isTrue();
    }

    @Test
    void aCorrectionReplacesTheBodyKeepsTheOriginalAndIsSearchable() {
        history.append(in(KEN, "see you at noom", 0, "o1", "s1"));

        assertThat(history.correct(new Correction(ACCOUNT, KEN, Direction.IN, "o1", "see you at noon", T0.plusSeconds(30))))
                .isTrue();
        assertThat(history.correct(new Correction(ACCOUNT, KEN, Direction.IN, "o1", "older fix", T0.plusSeconds(10))))
                .as("an older correction arriving late").isFalse();
        assertThat(history.correct(new Correction(ACCOUNT, KEN, Direction.OUT, "o1", "spoofed", T0.plusSeconds(60))))
                .as("only the sender corrects").isFalse();

        MessageRecord stored = (MessageRecord) history.timeline(Conversation.with(KEN), null, 1).getFirst();
        assertThat(stored.body()).isEqualTo("see you at noon");
        assertThat(stored.originalBody()).isEqualTo("see you at noom");
        assertThat(stored.corrected()).isTrue();
        assertThat(history.search("noon", 10)).hasSize(1);
        assertThat(history.search("noom ", 10)).as("the index follows the correction").isEmpty();
    }

    @Test
    void theTimelinePagesBackwardsOldestFirstWithinAPage() {
        List<MessageRecord> messages = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            messages.add(in(KEN, "m" + i, i, "o" + i, null));
        }
        messages.add(in(KEN, "same minute", 24, "tie", null));
        messages.add(in(MIDGE, "not ken", 3, "x", null));
        history.appendAll(messages);

        List<HistoryEntry> newest = history.timeline(Conversation.with(KEN), null, 10);
        List<HistoryEntry> older = history.timeline(Conversation.with(KEN), HistoryCursor.of(newest.getFirst()), 10);
        List<HistoryEntry> oldest = history.timeline(Conversation.with(KEN), HistoryCursor.of(older.getFirst()), 10);

        assertThat(bodies(newest)).startsWith("m16").endsWith("m24", "same minute");
        assertThat(bodies(older)).containsExactly("m6", "m7", "m8", "m9", "m10", "m11", "m12", "m13", "m14", "m15");
        assertThat(bodies(oldest)).containsExactly("m0", "m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void aPersonsTimelineSpansAllTheirAddressesAndNamesThem() {
        Endpoint kenPhone = new Endpoint(EndpointKind.PHONE, "+491701234567", "");
        Person ken = repository.save(Person.named("Ken Carson", KEN, kenPhone));
        history.append(in(KEN, "chat", 1, "a", null));
        history.append(in(kenPhone, "sms", 2, "b", null));
        history.append(in(MIDGE, "other", 3, "c", null));

        List<HistoryEntry> timeline = history.timeline(Conversation.with(ken.storedId().orElseThrow()), null, 10);

        assertThat(bodies(timeline)).containsExactly("chat", "sms");
        assertThat(timeline).allSatisfy(e -> assertThat(e.person()).isEqualTo(ken.storedId().orElseThrow()));
        assertThat(history.timeline(Conversation.with(MIDGE), null, 10).getFirst().person()).isNull();
    }

    @Test
    void unreadCountsIncomingMessagesUntilMarkedRead() {
        Person ken = repository.save(Person.named("Ken Carson", KEN));
        history.appendAll(List.of(in(KEN, "one", 1, "1", null), in(KEN, "two", 2, "2", null),
                MessageRecord.outgoing(ACCOUNT, KEN, "mine", T0, "3", null, DeliveryState.SENT),
                in(MIDGE, "three", 3, "4", null)));
        PersonId kenId = ken.storedId().orElseThrow();

        assertThat(history.unreadCount(Conversation.with(kenId))).isEqualTo(2);
        assertThat(history.markRead(Conversation.with(kenId))).isEqualTo(2);
        assertThat(history.unreadCount(Conversation.with(kenId))).isZero();
        assertThat(history.unreadCount(Conversation.with(MIDGE))).isEqualTo(1);
    }

    @Test
    void unreadByPersonCountsEachPersonsConversationAsUnreadCountDoes() {
        // Ken twice under the same address (case aside): each of his messages still counts once
        Person ken = repository.save(Person.named("Ken Carson", KEN,
                new Endpoint(EndpointKind.XMPP, "Ken@Chat.Example.org", "work")));
        Person midge = repository.save(Person.named("Midge Hadley", MIDGE));
        Person quiet = repository.save(Person.named("Quiet Person", new Endpoint(EndpointKind.XMPP, "q@example.org", "")));
        history.appendAll(List.of(in(KEN, "one", 1, "1", null), in(KEN, "two", 2, "2", null),
                MessageRecord.outgoing(ACCOUNT, KEN, "mine", T0, "3", null, DeliveryState.SENT),
                in(MIDGE, "three", 3, "4", null),
                in(new Endpoint(EndpointKind.XMPP, "stranger@example.org", ""), "hi", 4, "5", null)));
        PersonId kenId = ken.storedId().orElseThrow();
        PersonId midgeId = midge.storedId().orElseThrow();

        assertThat(history.unreadByPerson()).containsExactlyInAnyOrderEntriesOf(Map.of(kenId, 2, midgeId, 1));
        assertThat(history.unreadByPerson().get(kenId)).isEqualTo(history.unreadCount(Conversation.with(kenId)));
        assertThat(history.unreadByPerson()).doesNotContainKey(quiet.storedId().orElseThrow());

        history.markRead(Conversation.with(midgeId));
        assertThat(history.unreadByPerson()).containsExactlyInAnyOrderEntriesOf(Map.of(kenId, 2));
    }

    @Test
    void theHistorySurvivesReopening() {
        history.append(in(KEN, "kept", 0, "k", null));
        repository.close();
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));

        assertThat(repository.messageHistory().search("kept", 5)).hasSize(1);
    }

    private static List<String> bodies(List<HistoryEntry> entries) {
        return entries.stream().map(e -> ((MessageRecord) e).body()).toList();
    }
}
