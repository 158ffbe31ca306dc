package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.history.SearchHit;
import org.switchboard.contacts.store.SqlitePersonRepository;

class MessageSearchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void findsMessagesAsTheUserTypesAndOpensTheirConversation() {
        try (SqlitePersonRepository repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"))) {
            Endpoint ben = Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org");
            Person benBecker = repository.save(Person.named("Ben Becker", ben));
            var history = repository.messageHistory();
            history.append(MessageRecord.incoming("me@example.test", ben, "<b>Lunch</b> at noon?",
                    Instant.parse("2026-11-30T09:00:00Z"), "o1", null));
            List<SearchHit> opened = new ArrayList<>();
            MessageSearchViewModel search = new MessageSearchViewModel(history, new DirectTaskRunner(), opened::add);

            search.queryProperty().set("lun");

            assertThat(search.hits()).singleElement().satisfies(hit -> {
                assertThat(hit.personName()).isEqualTo("Ben Becker");
                assertThat(hit.snippet().text()).contains("<b>Lunch</b>");
            });
            assertThat(search.summaryProperty().get()).isEqualTo("1 message");
            search.open(search.hits().getFirst());
            assertThat(opened).extracting(hit -> hit.message().person()).containsExactly(benBecker.id());

            search.queryProperty().set("dinner");
            assertThat(search.hits()).isEmpty();
            assertThat(search.summaryProperty().get()).isEqualTo("No message contains “dinner”");
        }
    }
}
