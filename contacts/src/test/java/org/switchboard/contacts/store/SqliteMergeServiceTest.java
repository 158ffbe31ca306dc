package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.merge.MergeService;

class SqliteMergeServiceTest {
    @TempDir
    Path dir;

    @Test
    void mergeKeepsEveryEndpointAndUnmergeRestoresTheAbsorbedPerson() {
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(dir.resolve("a.db"))) {
            MergeService merges = repo.mergeService();
            Person anna = repo.save(Person.named("Anna",
                    new Endpoint(EndpointKind.EMAIL, "anna@example.org", "work"),
                    new Endpoint(EndpointKind.PHONE, "+491701234567", "mobile")));
            Person absorbed = repo.save(new Person(null, "Anna B.", new PersonName("Becker", "Anna", "", "", ""),
                    "Acme", "", "", LocalDate.of(1990, 1, 2), null, List.of("Friends"),
                    List.of(new Endpoint(EndpointKind.EMAIL, "ANNA@example.org", "home"),
                            new Endpoint(EndpointKind.XMPP, "anna@chat.example.org", "")),
                    null, "X-AIM:anna\r\n"));
            PersonId annaId = anna.storedId().orElseThrow();
            PersonId absorbedId = absorbed.storedId().orElseThrow();

            Person merged = merges.merge(annaId, absorbedId);

            assertThat(merged.endpoints()).extracting(Endpoint::address)
                    .containsExactly("anna@example.org", "+491701234567", "anna@chat.example.org");
            assertThat(merged.organization()).isEqualTo("Acme");
            assertThat(merged.birthday()).isEqualTo(LocalDate.of(1990, 1, 2));
            assertThat(merged.extraVcard()).contains("X-AIM:anna");
            assertThat(repo.findAll()).containsExactly(merged);
            assertThat(repo.find(absorbedId)).isEmpty();
            assertThat(merges.absorbedInto(annaId)).containsExactly(absorbedId);
            assertThat(merges.absorbedPersons(annaId)).containsExactly(absorbed);

            Person restored = merges.unmerge(absorbedId);

            assertThat(restored).isEqualTo(absorbed);
            assertThat(repo.find(annaId)).contains(anna);
            assertThat(repo.count()).isEqualTo(2);
            assertThat(merges.absorbedInto(annaId)).isEmpty();
            assertThat(merges.absorbedPersons(annaId)).isEmpty();
            assertThatThrownBy(() -> merges.unmerge(absorbedId)).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining(absorbedId.toString());
        }
    }

    @Test
    void unmergeKeepsEndpointsAddedToTheSurvivorAfterTheMerge() {
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(dir.resolve("b.db"))) {
            MergeService merges = repo.mergeService();
            Person keep = repo.save(Person.named("Ken", new Endpoint(EndpointKind.EMAIL, "ken@example.org", "")));
            Person other = repo.save(Person.named("Kenneth", new Endpoint(EndpointKind.SIP, "sip:ken@example.org", "")));
            Person merged = merges.merge(keep.storedId().orElseThrow(), other.storedId().orElseThrow());
            List<Endpoint> more = new java.util.ArrayList<>(merged.endpoints());
            more.add(new Endpoint(EndpointKind.PHONE, "+4930123456", ""));
            repo.save(merged.withEndpoints(more));

            merges.unmerge(other.storedId().orElseThrow());

            assertThat(repo.find(keep.storedId().orElseThrow()).orElseThrow().endpoints()).extracting(Endpoint::address)
                    .containsExactly("ken@example.org", "+4930123456");
            assertThat(repo.find(other.storedId().orElseThrow())).contains(other);
        }
    }

    @Test
    void mergeOfUnknownPersonFailsAndChangesNothing() {
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(dir.resolve("c.db"))) {
            Person keep = repo.save(Person.named("Ken", new Endpoint(EndpointKind.EMAIL, "ken@example.org", "")));
            assertThatThrownBy(() -> repo.mergeService().merge(keep.storedId().orElseThrow(), new PersonId(999)))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("999");
            assertThat(repo.findAll()).containsExactly(keep);
        }
    }
}
