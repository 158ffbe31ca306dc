package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/** Finished calls in the person's timeline, beside messages, on a real SQLite profile. */
class SqliteCallHistoryTest {
    static final String ACCOUNT = "sip:me@example.test";
    static final Endpoint BARBIE_SIP = new Endpoint(EndpointKind.SIP, "sip:barbie@example.test", "");
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    static final CallQuality GOOD = new CallQuality("opus/48000", 1500, 1498, 0.1, 1.5, 0.4, 4.4, Duration.ZERO);

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

    @Test
    void aFinishedCallIsInThePersonsTimelineWithItsFigures() {
        Person barbie = repository.save(Person.named("Barbie Roberts", BARBIE_SIP));
        CallRecord call = new CallRecord(null, null, ACCOUNT, BARBIE_SIP, Direction.OUT, T0, "call-1",
                Duration.ofSeconds(125), "They hung up", GOOD);

        assertThat(history.appendCall(call)).isTrue();

        List<HistoryEntry> timeline = history.timeline(Conversation.with(barbie.storedId().orElseThrow()), null, 10);
        assertThat(timeline).singleElement().isInstanceOfSatisfying(CallRecord.class, stored -> {
            assertThat(stored.person()).isEqualTo(barbie.storedId().orElseThrow());
            assertThat(stored.talked()).isEqualTo(Duration.ofSeconds(125));
            assertThat(stored.quality().codec()).isEqualTo("opus/48000");
            assertThat(stored.quality().mos()).isEqualTo(4.4);
            assertThat(stored.quality().packetsReceived()).isEqualTo(1498);
            assertThat(stored.summary()).isEqualTo("Outgoing call, 2:05 — They hung up");
        });
    }

    @Test
    void aCallIsStoredOnceAndStaysOutOfTheMessageSearch() {
        CallRecord missed = new CallRecord(null, null, ACCOUNT, BARBIE_SIP, Direction.IN, T0, "call-2", Duration.ZERO,
                "They gave up before it was answered", CallQuality.NONE);

        assertThat(history.appendCall(missed)).isTrue();
        assertThat(history.appendCall(missed)).isFalse();
        history.append(MessageRecord.incoming(ACCOUNT, BARBIE_SIP, "call me back", T0.plusSeconds(60), "m1", null));

        assertThat(history.count()).isEqualTo(2);
        assertThat(history.search("call", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.message().body()).isEqualTo("call me back"));
        assertThat(history.timeline(Conversation.with(BARBIE_SIP), null, 10)).extracting(HistoryEntry::kind)
                .extracting(Enum::name).containsExactly("CALL", "MESSAGE");
    }
}
