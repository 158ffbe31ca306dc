package org.switchboard.contacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PhoneNumbers;
import org.switchboard.contacts.testing.SamplePersons;

class PersonSearchIndexTest {
    private final Person barbie = Person.named("Barbie Roberts",
            Addresses.parse(EndpointKind.EMAIL, "barbie@mattel.example"),
            Addresses.parse(EndpointKind.PHONE, "+49 170 1234567"));
    private final Person ken = Person.named("Ken Carson",
            Addresses.parse(EndpointKind.XMPP, "ken@chat.example.org"),
            Addresses.parse(EndpointKind.SIP, "sip:ken@voip.example.org"));
    private final Person juergen = Person.named("Jürgen Müller", Addresses.parse(EndpointKind.EMAIL, "jm@stadtwerke.example"));
    private final PersonSearchIndex index = PersonSearchIndex.of(List.of(barbie, ken, juergen));

    @Test
    void findsByPhoneDigitsWhateverTheFormatting() {
        assertThat(index.search("1701234")).containsExactly(barbie);
        assertThat(index.search("+49 170 12")).containsExactly(barbie);
    }

    @Test
    void findsByNationalFormOfANumber() {
        PhoneNumbers.setDefaultRegion("DE");
        PersonSearchIndex fresh = PersonSearchIndex.of(List.of(barbie, ken));
        assertThat(fresh.search("01701234")).containsExactly(barbie);
    }

    @Test
    void findsByAnyAddressAndNameCaseAndAccentInsensitively() {
        assertThat(index.search("voip.example")).containsExactly(ken);
        assertThat(index.search("KEN")).containsExactly(ken);
        assertThat(index.search("muller")).containsExactly(juergen);
        assertThat(index.search("Mül")).containsExactly(juergen);
    }

    @Test
    void everyTermMustMatch() {
        assertThat(index.search("ken carson")).containsExactly(ken);
        assertThat(index.search("ken roberts")).isEmpty();
    }

    @Test
    void blankQueryReturnsEveryone() {
        assertThat(index.search("  ")).containsExactly(barbie, ken, juergen);
    }

    @Test
    void largeIndexFindsTheSamePersonsAsALinearScan() {
        List<Person> persons = SamplePersons.generate(5_000, 7);
        PersonSearchIndex large = PersonSearchIndex.of(persons);
        List<Person> expected = persons.stream().filter(p -> p.displayName().toLowerCase().contains("anna")).toList();
        assertThat(large.search("anna")).containsAll(expected);
    }

    @Test
    void findsExactlyThePersonsALinearScanOfEveryFieldFinds() {
        List<Person> persons = SamplePersons.generate(4_000, 3);
        PersonSearchIndex large = PersonSearchIndex.of(persons);
        for (String query : List.of("a", "e", "ü", "ø", "an", "mü", "xu", "zoe xu", "acme", "globex eng", "sip:", "@", ".org",
                "example.org", "1", "17", "170", "1701234", "0170 99", "+49 170 12", "49 17", "q", "qqq", "jürgen", "z ü")) {
            List<Person> expected = persons.stream().filter(p -> matchesByLinearScan(p, query)).toList();
            assertThat(large.search(query)).as("query '%s'", query).containsExactlyElementsOf(expected);
        }
    }

    /** The search's rule, checked field by field: every term in the folded text, or as phone digits. */
    private static boolean matchesByLinearScan(Person person, String query) {
        StringBuilder text = new StringBuilder(person.displayName() + "\n" + person.organization() + "\n" + person.title());
        person.categories().forEach(c -> text.append('\n').append(c));
        person.endpoints().forEach(e -> text.append('\n').append(e.address()));
        String folded = PersonSearchIndex.fold(text.toString());
        List<String> digits = person.endpoints().stream().filter(e -> e.kind() == EndpointKind.PHONE)
                .map(e -> PhoneNumbers.digitsOf(e.address())).toList();
        Query q = Query.parse(query);
        for (int t = 0; t < q.terms().length; t++) {
            String digitTerm = q.digitTerms()[t];
            if (!folded.contains(q.terms()[t]) && (digitTerm == null || digits.stream().noneMatch(d -> d.contains(digitTerm)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void typingNarrowsToTheSameResultsAsAFullSearch() {
        List<Person> persons = SamplePersons.generate(3_000, 11);
        PersonSearchIndex large = PersonSearchIndex.of(persons);
        SearchSession session = new SearchSession(large);
        for (String typed : List.of("a", "an", "ann", "anna", "anna ", "anna m", "anna mü", "1", "17", "170", "1701", "+49 1701",
                "x", "xu", "x", "", "12", "123", "ab1", "ab12", "ab123")) {
            assertThat(session.search(typed)).as("typed '%s'", typed).isEqualTo(large.search(typed));
        }
    }

    @Test
    void aTermTurningIntoPhoneDigitsRescansEverything() {
        SearchSession session = new SearchSession(index);
        assertThat(session.search("70-")).isEmpty();
        assertThat(session.search("70-1")).containsExactly(barbie);
    }
}
