package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** A finished call is stored and then announced to the hub's call listeners, once. */
class CallRecorderTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final String ACCOUNT = "sip:me@voip.example.test";

    @TempDir
    Path dir;

    private final Endpoint ben = Addresses.parse(EndpointKind.SIP, "sip:ben@voip.example.org");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final List<CallRecord> announced = new CopyOnWriteArrayList<>();
    private SqlitePersonRepository repository;
    private CallRecorder recorder;

    @BeforeEach
    void open() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        Listeners<CallRecord> listeners = new Listeners<>("finished call", Runnable::run);
        listeners.add(call -> {
            assertThat(repository.messageHistory().timeline(Conversation.with(ben), null, 10))
                    .as("stored before it is announced").hasSize(1);
            announced.add(call);
        });
        recorder = new CallRecorder(repository.messageHistory(), listeners, clock);
    }

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void aFinishedCallIsAnnouncedAfterItIsStored() {
        FakeCall call = FakeCall.incoming(ben, Optional.empty(), clock);
        recorder.follow(ACCOUNT, call);

        call.end(EndReason.Kind.MISSED);

        assertThat(announced).singleElement().satisfies(record -> {
            assertThat(record.peer()).isEqualTo(ben);
            assertThat(record.account()).isEqualTo(ACCOUNT);
            assertThat(record.summary()).isEqualTo("Missed call — They gave up before it was answered");
        });
    }

    @Test
    void aCallStoredAlreadyIsNotAnnouncedAgain() {
        FakeCall first = FakeCall.outgoing(ben, clock);
        FakeCall again = FakeCall.outgoing(ben, clock);
        recorder.follow(ACCOUNT, first);
        recorder.follow(ACCOUNT, again);

        first.end(EndReason.Kind.BUSY);
        again.end(EndReason.Kind.BUSY);

        assertThat(announced).as("the same call id in the same account").hasSize(1);
    }

    @Test
    void nothingIsAnnouncedWhileTheCallGoesOn() {
        FakeCall call = FakeCall.outgoing(ben, clock);
        recorder.follow(ACCOUNT, call);

        call.connect();

        assertThat(announced).isEmpty();
    }
}
