package org.switchboard.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.testing.InMemoryPersonRepository;

class PeopleViewModelTest {
    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final PeopleViewModel people = new PeopleViewModel(repository, new DirectTaskRunner());

    @BeforeEach
    void fill() {
        repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.PHONE, "+49 170 1234567"),
                Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        repository.save(Person.named("Ben Becker", Addresses.parse(EndpointKind.PHONE, "+49 171 7654321")));
        repository.save(new Person(null, "Clara Castro", org.switchboard.contacts.PersonName.EMPTY, "Northwind", "", "", null,
                null, List.of(), List.of(Addresses.parse(EndpointKind.XMPP, "clara@chat.example.org")), null, ""));
        people.reload();
    }

    @Test
    void loadsEveryPersonWithNobodySelectedYet() {
        assertThat(people.loadedProperty().get()).isTrue();
        assertThat(names()).containsExactly("Anna Abel", "Ben Becker", "Clara Castro");
        assertThat(people.selectedProperty().get()).isNull();
    }

    @Test
    void phoneDigitsFindOnlyThatPerson() {
        people.queryProperty().set("1701234");

        assertThat(names()).containsExactly("Anna Abel");
        assertThat(people.selectedProperty().get().displayName()).isEqualTo("Anna Abel");
    }

    @Test
    void searchesOrganisationsAndAddresses() {
        people.queryProperty().set("northw");
        assertThat(names()).containsExactly("Clara Castro");

        people.queryProperty().set("anna@example");
        assertThat(names()).containsExactly("Anna Abel");
    }

    @Test
    void clearingTheQueryShowsEveryoneAndKeepsTheSelection() {
        people.queryProperty().set("becker");
        assertThat(people.selectedProperty().get().displayName()).isEqualTo("Ben Becker");
        people.clearQuery();

        assertThat(names()).hasSize(3);
        assertThat(people.selectedProperty().get().displayName()).isEqualTo("Ben Becker");
    }

    @Test
    void noMatchLeavesNothingSelected() {
        people.queryProperty().set("zzz");

        assertThat(people.visiblePersons()).isEmpty();
        assertThat(people.selectedProperty().get()).isNull();
    }

    @Test
    void deleteThenUndoRestoresThePersonWithItsId() {
        people.queryProperty().set("ben");
        Person ben = people.selectedProperty().get();
        people.clearQuery();

        people.deleteSelected();
        assertThat(names()).containsExactly("Anna Abel", "Clara Castro");
        assertThat(repository.find(ben.id())).isEmpty();
        assertThat(people.recentlyDeletedProperty().get()).isEqualTo(ben);

        people.undoDelete();
        assertThat(repository.find(ben.id())).contains(ben);
        assertThat(names()).containsExactly("Anna Abel", "Ben Becker", "Clara Castro");
        assertThat(people.selectedProperty().get()).isEqualTo(ben);
        assertThat(people.recentlyDeletedProperty().get()).isNull();
    }

    @Test
    void savingANewPersonRebuildsTheIndexAndSelectsThem() {
        people.save(Person.named("Dmitri Novak", Addresses.parse(EndpointKind.EMAIL, "dmitri@example.com")));

        assertThat(people.totalProperty().get()).isEqualTo(4);
        assertThat(people.selectedProperty().get().displayName()).isEqualTo("Dmitri Novak");
        people.queryProperty().set("dmitri@");
        assertThat(names()).containsExactly("Dmitri Novak");
    }

    @Test
    void aFailingRepositoryIsReportedNotThrown() {
        PersonRepository failing = (PersonRepository) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PersonRepository.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("disk gone");
                });
        var broken = new PeopleViewModel(failing, new DirectTaskRunner());

        broken.reload();

        assertThat(broken.errorProperty().get()).contains("disk gone");
    }

    private List<String> names() {
        return people.visiblePersons().stream().map(Person::displayName).toList();
    }
}
