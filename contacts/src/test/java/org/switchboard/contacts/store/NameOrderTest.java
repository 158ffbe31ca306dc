package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Person;

/** The folded-key sort and the fast date reading must give exactly what the general code gives. */
class NameOrderTest {
    private static final String LETTERS = "aAbBzZéÉßÿŸıIİiσΣςöÖæÆ -'.0ǅǆǄ";

    @Test
    void sortsLikeTheCaseInsensitiveComparatorKeepingTiesInOrder() {
        Random random = new Random(3);
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) {
                name.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            persons.add(Person.named(name.toString()));
        }
        List<Person> expected = new ArrayList<>(persons);
        expected.sort(NameOrder.BY_NAME);
        NameOrder.sort(persons);
        assertThat(persons).containsExactlyElementsOf(expected);
        for (int i = 0; i < persons.size(); i++) {
            assertThat(persons.get(i)).as("same instance, so ties kept their order").isSameAs(expected.get(i));
        }
    }

    @Test
    void namesWithSurrogatePairsUseTheComparator() {
        List<Person> persons = new ArrayList<>(List.of(Person.named("b"), Person.named("\uD801\uDC00x"),
                Person.named("A"), Person.named("\uD801\uDC28y")));
        List<Person> expected = new ArrayList<>(persons);
        expected.sort(NameOrder.BY_NAME);
        NameOrder.sort(persons);
        assertThat(persons).containsExactlyElementsOf(expected);
    }

    @Test
    void readsDatesLikeLocalDateParse() {
        for (String text : List.of("1976-04-01", "2000-02-29", "0001-01-28", "1999-12-31", "2024-11-28")) {
            assertThat(StoredValues.date(text)).isEqualTo(LocalDate.parse(text));
        }
    }
}
