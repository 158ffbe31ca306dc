package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.MessageRecord;

/** A profile written by the version before the history (schema 2) opens with its persons and gains a history. */
class HistoryMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion2DatabaseKeepsItsPersonsAndGainsTheHistory() throws Exception {
        Path file = dir.resolve("switchboard.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String script : List.of("V1__persons.sql", "V2__merges.sql")) {
                try (var in = Migrations.class.getResourceAsStream("migrations/" + script)) {
                    for (String statement : Migrations.statements(new String(in.readAllBytes(), "UTF-8"))) {
                        s.execute(statement);
                    }
                }
            }
            s.execute("INSERT INTO persons (id, display_name, created_at, updated_at) VALUES (7, 'Ken Carson', 0, 0)");
            s.execute("INSERT INTO endpoints (person_id, position, kind, address) VALUES (7, 0, 'xmpp', 'Ken@Chat.Example.org')");
            s.execute("PRAGMA user_version = 2");
        }

        try (SqlitePersonRepository repository = SqlitePersonRepository.open(file)) {
            assertThat(repository.findAll()).singleElement().satisfies(p -> assertThat(p.displayName()).isEqualTo("Ken Carson"));
            var history = repository.messageHistory();
            history.append(SqliteMessageHistoryTest.in(SqliteMessageHistoryTest.KEN, "hello again", 0, "1", null));
            var ken = repository.findAll().getFirst().storedId().orElseThrow();
            assertThat(history.timeline(Conversation.with(ken), null, 5)).singleElement()
                    .satisfies(e -> assertThat(((MessageRecord) e).body()).isEqualTo("hello again"));
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rows.getInt(1)).isEqualTo(SqlitePersonRepository.schemaVersion());
        }
    }

    @Test
    void triggersAreSplitAsOneStatement() {
        List<String> statements = Migrations.statements("""
                -- comment
                CREATE TABLE t (x);
                CREATE TRIGGER t_i AFTER INSERT ON t BEGIN
                    INSERT INTO t VALUES (1);
                    INSERT INTO t VALUES (2);
                END;
                """);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }
}
