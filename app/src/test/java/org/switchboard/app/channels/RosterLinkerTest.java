package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.ContactList.Subscription;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** Roster entries linked into a real profile's address book. */
class RosterLinkerTest {
    @TempDir
    Path dir;
    private SqlitePersonRepository persons;
    private RosterLinker linker;

    @BeforeEach
    void open() {
        persons = SqlitePersonRepository.open(dir.resolve("addressbook.db"));
        linker = new RosterLinker(persons);
    }

    @AfterEach
    void close() {
        persons.close();
    }

    private static ContactList.Entry entry(String address, String name, String... groups) {
        return new ContactList.Entry(new Endpoint(EndpointKind.XMPP, address, ""), name, Set.of(groups), Subscription.BOTH, false);
    }

    @Test
    void aLargeRosterCreatesItsPersonsOnceAndALaterPassChangesNothing() {
        List<ContactList.Entry> roster = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            roster.add(entry("contact" + i + "@example.test", i % 2 == 0 ? "Contact " + i : "", "Friends"));
        }

        assertThat(linker.link(roster)).isEqualTo(2_000);
        assertThat(linker.link(roster)).as("linked already: nothing to write").isZero();

        assertThat(persons.count()).isEqualTo(2_000);
        assertThat(persons.findByAddress(EndpointKind.XMPP, "contact0@example.test")).singleElement()
                .satisfies(p -> assertThat(p.displayName()).isEqualTo("Contact 0"));
        assertThat(persons.findByAddress(EndpointKind.XMPP, "contact1@example.test")).singleElement()
                .satisfies(p -> assertThat(p.displayName()).as("no roster name: the local part").isEqualTo("contact1"));
    }

    @Test
    void anEntryJoinsThePersonWhoHasItsAddressWhateverTheCaseAndAddsItsGroups() {
        Person barbie = persons.save(Person.named("Barbie Roberts", new Endpoint(EndpointKind.XMPP, "barbie@example.test", ""))
                .withCategories(List.of("Friends")));

        assertThat(linker.link(List.of(entry("Barbie@Example.TEST", "B.", "Work", "Friends")))).isEqualTo(1);

        assertThat(persons.count()).isEqualTo(1);
        assertThat(persons.find(barbie.storedId().orElseThrow())).get().satisfies(p -> {
            assertThat(p.displayName()).as("the address book's name stays").isEqualTo("Barbie Roberts");
            assertThat(p.categories()).containsExactly("Friends", "Work");
        });
    }

    @Test
    void aPersonOwningSeveralEntriesGetsTheGroupsOfAllOfThem() {
        Person ken = persons.save(Person.named("Ken Carson", new Endpoint(EndpointKind.XMPP, "ken@work.test", ""),
                new Endpoint(EndpointKind.XMPP, "ken@home.test", "")));

        assertThat(linker.link(List.of(entry("ken@work.test", "", "Work"), entry("ken@home.test", "", "Family"),
                entry("KEN@home.test", "", "Duplicates")))).isEqualTo(1);

        assertThat(persons.find(ken.storedId().orElseThrow())).get()
                .satisfies(p -> assertThat(p.categories()).containsExactlyInAnyOrder("Work", "Family"));
    }
}
