package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.Photo;
import org.switchboard.contacts.testing.SamplePersons;

class SqlitePersonRepositoryTest {
    @TempDir
    Path dir;

    private SqlitePersonRepository open() {
        return SqlitePersonRepository.open(dir.resolve("profile/data/addressbook.db"));
    }

    static Person full() {
        return new Person(null, "Barbie Roberts", new PersonName("Roberts", "Barbie", "Millicent", "Ms.", "PhD"),
                "Mattel", "Architect", "likes pink\nsecond line", LocalDate.of(1959, 3, 9),
                new Photo(new byte[] {1, 2, 3}, "image/png", ""), List.of("Friends", "Work"),
                List.of(new Endpoint(EndpointKind.EMAIL, "barbie@example.org", "work"),
                        new Endpoint(EndpointKind.XMPP, "barbie@chat.example.org", ""),
                        new Endpoint(EndpointKind.SIP, "sip:barbie@voip.example.org", "home"),
                        new Endpoint(EndpointKind.PHONE, "+491701234567", "mobile")),
                ChannelKind.CALL, "X-FOO:bar\r\n");
    }

    @Test
    void freshDatabaseIsMigratedAndReopensWithItsData() throws Exception {
        Person saved;
        try (SqlitePersonRepository repo = open()) {
            saved = repo.save(full());
        }
        try (SqlitePersonRepository repo = open()) {
            assertThat(repo.find(saved.storedId().orElseThrow())).contains(saved);
            assertThat(repo.count()).isEqualTo(1);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("profile/data/addressbook.db"));
                var rows = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rows.getInt(1)).isEqualTo(SqlitePersonRepository.schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void emptyColumnsAreReadAsOneSharedEmptyText() {
        try (SqlitePersonRepository repo = open()) {
            repo.save(Person.named("Ann", new Endpoint(EndpointKind.XMPP, "ann@example.org", "")));
            repo.save(Person.named("Bob", new Endpoint(EndpointKind.XMPP, "bob@example.org", "")));
            repo.save(full());
            List<Person> read = repo.findAll();
            Person ann = read.stream().filter(p -> p.displayName().equals("Ann")).findFirst().orElseThrow();
            Person bob = read.stream().filter(p -> p.displayName().equals("Bob")).findFirst().orElseThrow();
            // the same instance, not only equal: an address book shown holds every person's empty columns
            assertThat(ann.organization()).isSameAs(bob.organization()).isSameAs("");
            assertThat(ann.note()).isSameAs(bob.title()).isSameAs("");
            assertThat(ann.name()).isSameAs(bob.name()).isSameAs(PersonName.EMPTY);
            assertThat(ann.endpoints().getFirst().label()).isSameAs(bob.endpoints().getFirst().label());
        }
    }

    @Test
    void newerSchemaIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> SqlitePersonRepository.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("99");
    }

    @Test
    void databaseFilesAreReadableByTheUserOnly() throws Exception {
        Path file = dir.resolve("profile/data/addressbook.db");
        try (SqlitePersonRepository repo = open()) {
            repo.save(full());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Path wal = dir.resolve("profile/data/addressbook.db-wal");
            assertThat(wal).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void saveAllIsAllOrNothing() {
        try (SqlitePersonRepository repo = open()) {
            repo.save(Person.named("Existing", new Endpoint(EndpointKind.EMAIL, "existing@example.org", "")));
            List<Person> batch = SamplePersons.generate(10, 1);
            assertThatThrownBy(() -> repo.saveAll(failingAfter(batch, 5))).hasMessageContaining("injected");
            assertThat(repo.findAll()).extracting(Person::displayName).containsExactly("Existing");
            assertThat(repo.saveAll(batch)).hasSize(10);
            assertThat(repo.count()).isEqualTo(11);
        }
    }

    @Test
    void deletedPersonIsRestoredWithItsIdAndIdsAreNotReused() {
        try (SqlitePersonRepository repo = open()) {
            Person saved = repo.save(full());
            PersonId id = saved.storedId().orElseThrow();
            assertThat(repo.delete(id)).isTrue();
            assertThat(repo.delete(id)).isFalse();
            assertThat(repo.find(id)).isEmpty();
            Person other = repo.save(Person.named("Ken"));
            assertThat(other.id()).isNotEqualTo(id);
            Person restored = repo.save(saved);
            assertThat(restored).isEqualTo(saved);
            assertThat(repo.find(id)).contains(saved);
        }
    }

    @Test
    void updateReplacesEndpointsAndFindByAddressIgnoresCase() {
        try (SqlitePersonRepository repo = open()) {
            Person saved = repo.save(full());
            Person changed = saved.withEndpoints(List.of(new Endpoint(EndpointKind.EMAIL, "Pink@Example.org", "")));
            repo.save(changed);
            assertThat(repo.find(saved.storedId().orElseThrow()).orElseThrow().endpoints())
                    .containsExactly(new Endpoint(EndpointKind.EMAIL, "Pink@Example.org", ""));
            assertThat(repo.findByAddress(EndpointKind.EMAIL, "pink@example.org")).containsExactly(changed);
            assertThat(repo.findByAddress(EndpointKind.EMAIL, "barbie@example.org")).isEmpty();
            assertThat(repo.findByAddress(EndpointKind.XMPP, "pink@example.org")).isEmpty();
        }
    }

    @Test
    void lastUsedChannelIsRememberedAndSurvivesSave() {
        try (SqlitePersonRepository repo = open()) {
            Person saved = repo.save(full());
            PersonId id = saved.storedId().orElseThrow();
            assertThat(repo.lastUsed(id)).isEmpty();
            repo.recordUse(id, ChannelKind.CHAT);
            repo.save(saved);
            assertThat(repo.lastUsed(id)).contains(ChannelKind.CHAT);
        }
    }

    @Test
    void findAllReturnsEveryPersonSortedWithEndpointsInOrder() {
        try (SqlitePersonRepository repo = open()) {
            List<Person> stored = repo.saveAll(SamplePersons.generate(500, 7));
            List<Person> all = repo.findAll();
            assertThat(all).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(all).isSortedAccordingTo((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.displayName(), b.displayName()));
        }
    }

    @Test
    void findAllOfHundredThousandPersons() {
        try (SqlitePersonRepository repo = open()) {
            long t0 = System.nanoTime();
            repo.saveAll(SamplePersons.generate(100_000, 3));
            long t1 = System.nanoTime();
            List<Person> all = repo.findAll();
            long t2 = System.nanoTime();
            assertThat(all).hasSize(100_000);
            System.out.printf("saveAll 100k: %d ms, findAll 100k: %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }

    /** A collection whose iteration fails after {@code n} elements: a failure half-way through a save. */
    static <T> AbstractCollection<T> failingAfter(List<T> items, int n) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<T> iterator() {
                Iterator<T> inner = items.iterator();
                return new Iterator<>() {
                    private int served;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public T next() {
                        if (served++ == n) {
                            throw new IllegalStateException("injected failure after " + n + " persons");
                        }
                        return inner.next();
                    }
                };
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    @Test
    void findByAddressesAnswersLikeFindByAddressForEachOfThousandsOfAddresses() {
        try (SqlitePersonRepository repo = open()) {
            List<Person> many = new java.util.ArrayList<>();
            for (int i = 0; i < 1_200; i++) { // more than one statement's chunk of addresses
                many.add(Person.named("Contact " + i, new Endpoint(EndpointKind.XMPP, "contact" + i + "@example.test", "")));
            }
            repo.saveAll(many);
            repo.save(Person.named("Zed Shared", new Endpoint(EndpointKind.XMPP, "shared@example.test", "")));
            Person amy = repo.save(Person.named("Amy Shared", new Endpoint(EndpointKind.XMPP, "shared@example.test", ""),
                    new Endpoint(EndpointKind.XMPP, "amy@example.test", "")));
            Person absorbed = repo.save(Person.named("Old Amy", new Endpoint(EndpointKind.XMPP, "old-amy@example.test", "")));
            Person survivor = repo.mergeService().merge(amy.storedId().orElseThrow(), absorbed.storedId().orElseThrow());

            List<String> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                asked.add(i % 2 == 0 ? "contact" + i + "@example.test" : "Contact" + i + "@Example.TEST");
            }
            asked.addAll(List.of("shared@example.test", "old-amy@example.test", "nobody@example.test"));
            var found = repo.findByAddresses(EndpointKind.XMPP, asked);

            assertThat(found).hasSize(1_202).doesNotContainKey("nobody@example.test");
            assertThat(found.get("contact1@example.test")).singleElement()
                    .satisfies(p -> assertThat(p.displayName()).isEqualTo("Contact 1"));
            assertThat(found.get("shared@example.test")).as("every owner, by name, as findByAddress")
                    .isEqualTo(repo.findByAddress(EndpointKind.XMPP, "shared@example.test"))
                    .extracting(Person::displayName).containsExactly("Amy Shared", "Zed Shared");
            assertThat(found.get("old-amy@example.test")).as("a merged-away person is found as its survivor")
                    .isEqualTo(repo.findByAddress(EndpointKind.XMPP, "old-amy@example.test")).containsExactly(survivor);
            assertThat(repo.findByAddresses(EndpointKind.SIP, asked)).isEmpty();
            assertThat(repo.findByAddresses(EndpointKind.XMPP, List.of())).isEmpty();
        }
    }
}
