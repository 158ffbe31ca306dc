package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.switchboard.contacts.store.SqliteMessageHistoryTest.KEN;
import static org.switchboard.contacts.store.SqliteMessageHistoryTest.MIDGE;
import static org.switchboard.contacts.store.SqliteMessageHistoryTest.in;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.SearchHit;
import org.switchboard.contacts.history.Snippet;

/** Full-text search over the history (FTS5) with text as users type it. */
class HistorySearchTest {
    @TempDir
    Path dir;

    private SqlitePersonRepository repository;
    private MessageHistory history;

    @BeforeEach
    void open() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        history = repository.messageHistory();
        repository.save(Person.named("Ken Carson", KEN));
        history.appendAll(List.of(
                in(KEN, "Lunch with Frau Müller at the Café tomorrow?", 1, "1", null),
                in(KEN, "The invoice <b>is</b> attached & \"quoted\"", 2, "2", null),
                in(MIDGE, "lunchtime is fine, see you at noon", 3, "3", null),
                in(MIDGE, "Don't forget the AND(OR) gate homework", 4, "4", null)));
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private List<String> bodies(String query) {
        return history.search(query, 10).stream().map(h -> h.message().body()).toList();
    }

    @Test
    void diacriticsAndCaseAreIgnoredBothWays() {
        assertThat(bodies("muller")).containsExactly("Lunch with Frau Müller at the Café tomorrow?");
        assertThat(bodies("MÜLLER cafe")).hasSize(1);
        assertThat(bodies("café ")).hasSize(1);
    }

    @Test
    void theLastWordIsAPrefixWhileTyping() {
        assertThat(bodies("lun")).hasSize(2);
        assertThat(bodies("lunch")).as("lunch and lunchtime").hasSize(2);
        assertThat(bodies("lunch ")).as("a finished word").containsExactly("Lunch with Frau Müller at the Café tomorrow?");
        assertThat(bodies("see noo")).containsExactly("lunchtime is fine, see you at noon");
    }

    @Test
    void everyWordMustOccur() {
        assertThat(bodies("noon lunch")).containsExactly("lunchtime is fine, see you at noon");
        assertThat(bodies("muller noon")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND(", "AND(OR)", "\"quoted", "NEAR(a b)", "body:invoice", "*", "-", "^lunch", "a OR",
        "'; DROP TABLE history; --", "(((", "\u0002", "NOT", "   ", ""})
    void hostileTextIsNeverASyntaxError(String query) {
        assertThatCode(() -> history.search(query, 10)).doesNotThrowAnyException();
        assertThat(history.count()).isEqualTo(4);
    }

    @Test
    void operatorsAreSearchedAsWords() {
        assertThat(bodies("AND(OR)")).containsExactly("Don't forget the AND(OR) gate homework");
        assertThat(bodies("\"quoted")).containsExactly("The invoice <b>is</b> attached & \"quoted\"");
        assertThat(bodies("body:invoice")).as("no column filter").isEmpty();
    }

    @Test
    void theSnippetMarksMatchesAsPlainTextSpans() {
        SearchHit hit = history.search("invoice", 10).getFirst();

        Snippet snippet = hit.snippet();
        assertThat(snippet.text()).isEqualTo("The invoice <b>is</b> attached & \"quoted\"");
        assertThat(snippet.spans()).contains(new Snippet.Span("invoice", true));
        assertThat(snippet.marked("[", "]")).startsWith("The [invoice] <b>is</b>");
        assertThat(snippet.highlights()).singleElement().satisfies(r -> assertThat(r).containsExactly(4, 11));
    }

    @Test
    void hitsNameThePersonOwningThePeer() {
        assertThat(history.search("muller", 10).getFirst().personName()).isEqualTo("Ken Carson");
        assertThat(history.search("noon", 10).getFirst().personName()).isNull();
    }

    @Test
    void theNewestStoredMatchesComeFirstUpToTheLimit() {
        assertThat(history.search("lun", 1)).singleElement()
                .satisfies(h -> assertThat(h.message().body()).startsWith("lunchtime"));
    }

    @Test
    void messagesStoredOneByOneAreFoundOnceEachAlsoAfterABatchAndAReopening() {
        history.append(in(KEN, "zebra crossing at five", 10, "10", null));
        history.append(in(KEN, "zebra stripes", 11, "11", null));
        history.append(in(KEN, "zebra stripes", 11, "11", null)); // the same message again
        assertThat(bodies("zebra")).containsExactly("zebra stripes", "zebra crossing at five");
        history.append(in(MIDGE, "a zebra at the zoo", 12, "12", null));
        history.appendAll(List.of(in(MIDGE, "zebras everywhere", 13, "13", null)));
        assertThat(bodies("zebra")).containsExactly("zebras everywhere", "a zebra at the zoo", "zebra stripes",
                "zebra crossing at five");
        history.append(in(KEN, "zebra before closing", 14, "14", null));
        repository.close();
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        history = repository.messageHistory();
        assertThat(bodies("zebra")).hasSize(5).first().isEqualTo("zebra before closing");
    }

    @Test
    void aMessageCorrectedBeforeAnySearchIsFoundByItsNewTextOnly() {
        history.append(in(KEN, "meet at the harbour", 10, "10", null));
        assertThat(history.correct(new org.switchboard.contacts.history.Correction(SqliteMessageHistoryTest.ACCOUNT, KEN,
                org.switchboard.contacts.history.Direction.IN, "10", "meet at the station", SqliteMessageHistoryTest.T0.plusSeconds(700))))
                .isTrue();
        assertThat(bodies("harbour")).isEmpty();
        assertThat(bodies("station")).containsExactly("meet at the station");
        assertThatCode(() -> history.search("meet", 10)).doesNotThrowAnyException();
    }
}
