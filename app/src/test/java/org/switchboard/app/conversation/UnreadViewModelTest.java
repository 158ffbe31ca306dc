package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

class UnreadViewModelTest {
    @TempDir
    Path dir;

    private SqlitePersonRepository repository;

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void countsPerPersonFollowNewMessagesAndReading() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        Endpoint ben = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
        Person benBecker = repository.save(Person.named("Ben Becker", ben));
        Person anna = repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        var history = repository.messageHistory();
        history.append(MessageRecord.incoming("me@example.test", ben, "one", Instant.parse("2026-11-30T09:00:00Z"), "o1", null));
        FakeChannelHub hub = new FakeChannelHub(history, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        UnreadViewModel unread = new UnreadViewModel(history, repository, hub, new DirectTaskRunner());

        unread.countAll();
        assertThat(unread.unread(benBecker)).isEqualTo(1);
        assertThat(unread.unread(anna)).isZero();

        long version = unread.versionProperty().get();
        hub.receive(ben, "two");
        assertThat(unread.unread(benBecker)).isEqualTo(2);
        assertThat(unread.versionProperty().get()).isGreaterThan(version);

        unread.read(benBecker.id());
        assertThat(unread.unread(benBecker)).isZero();
        unread.close();
    }

    @Test
    void aMessageStoredWithoutItsPersonCountsForThePersonWithItsAddress() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        Endpoint cleo = Addresses.parse(EndpointKind.XMPP, "cleo@chat.example.org");
        var history = repository.messageHistory();
        FakeChannelHub hub = new FakeChannelHub(history, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
        UnreadViewModel unread = new UnreadViewModel(history, repository, hub, new DirectTaskRunner());
        Person cleoPerson = repository.save(Person.named("Cleo Clark", cleo));
        unread.countAll();
        assertThat(unread.unread(cleoPerson)).isZero();

        MessageRecord fromChannel = MessageRecord.incoming("me@example.test", cleo, "hello",
                Instant.parse("2026-11-30T10:00:00Z"), "c1", null);
        assertThat(fromChannel.person()).isNull();
        hub.emitUnresolved(fromChannel);
        assertThat(unread.unread(cleoPerson)).isEqualTo(1);

        // a person added after the last count (the roster linked a new contact) is found too
        Endpoint dora = Addresses.parse(EndpointKind.XMPP, "dora@chat.example.org");
        Person doraPerson = repository.save(Person.named("Dora Diaz", dora));
        hub.emitUnresolved(MessageRecord.incoming("me@example.test", dora, "hi", Instant.parse("2026-11-30T10:01:00Z"), "d1", null));
        assertThat(unread.unread(doraPerson)).isEqualTo(1);
        unread.close();
    }
}
