package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.SamplePersons;

/** A bulk save drops the endpoint indexes for speed; they must be back, equal, when it is done. */
class BulkSaveTest {
    @TempDir
    Path dir;

    @Test
    void bulkSaveLeavesTheIndexesAsTheyWereAndFindsByAddress() throws Exception {
        Path file = dir.resolve("book.db");
        List<String> before;
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(file)) {
            before = indexes(file);
            List<Person> saved = repo.saveAll(SamplePersons.generate(6_000, 1));
            assertThat(saved).hasSize(6_000);
            Endpoint email = saved.get(4_321).endpoints().getFirst();
            assertThat(repo.findByAddress(email.kind(), email.address())).containsExactly(saved.get(4_321));
            List<Person> changed = new ArrayList<>(saved.subList(0, 5_000));
            changed.set(0, changed.getFirst().withEndpoints(List.of(new Endpoint(EndpointKind.EMAIL, "new@example.org", ""))));
            repo.saveAll(changed);
            assertThat(repo.findByAddress(EndpointKind.EMAIL, "new@example.org")).hasSize(1);
            assertThat(repo.count()).isEqualTo(6_000);
        }
        assertThat(indexes(file)).isEqualTo(before).anySatisfy(sql -> assertThat(sql).contains("lower(address)"));
    }

    private static List<String> indexes(Path file) throws Exception {
        List<String> sql = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = c.createStatement().executeQuery(
                        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")) {
            while (rows.next()) {
                sql.add(rows.getString(1));
            }
        }
        return sql;
    }
}
