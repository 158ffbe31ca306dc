package org.switchboard.contacts.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.SamplePersons;

class MergeSuggestionsTest {
    private static final Person ANNA = Person.named("Anna", new Endpoint(EndpointKind.EMAIL, "anna@example.org", ""));
    private static final Person ANNA_WORK = Person.named("Anna Work",
            new Endpoint(EndpointKind.EMAIL, "Anna@Example.org", "work"), new Endpoint(EndpointKind.PHONE, "+4930123", ""));
    private static final Person BEN = Person.named("Ben", new Endpoint(EndpointKind.SIP, "sip:ben@example.org", ""));
    private static final Person BENNY = Person.named("Benny", new Endpoint(EndpointKind.SIP, "sip:ben@example.org", ""),
            new Endpoint(EndpointKind.EMAIL, "ben@example.org", ""));
    private static final Person CLARA = Person.named("Clara", new Endpoint(EndpointKind.XMPP, "ben@example.org", ""));

    @Test
    void pairsSharingAnAddressAreSuggestedOnceWithTheSharedAddress() {
        List<MergeSuggestion> suggestions = MergeSuggestions.find(List.of(ANNA, BEN, ANNA_WORK, BENNY, CLARA));
        assertThat(suggestions).containsExactly(
                new MergeSuggestion(ANNA, ANNA_WORK, "both have the email anna@example.org"),
                new MergeSuggestion(BEN, BENNY, "both have the SIP address sip:ben@example.org"));
    }

    @Test
    void sameAddressOfAnotherKindIsNoMatchAndDistinctPersonsGiveNothing() {
        assertThat(MergeSuggestions.find(List.of(BENNY.withEndpoints(List.of(new Endpoint(EndpointKind.EMAIL, "ben@example.org", ""))), CLARA)))
                .isEmpty();
        assertThat(MergeSuggestions.find(SamplePersons.generate(100_000, 5))).isEmpty();
    }

    @Test
    void mergerUnionsEndpointsFillsEmptyFieldsAndSeparateUndoesIt() {
        MergeResult result = PersonMerger.merge(ANNA, ANNA_WORK);
        assertThat(result.merged().displayName()).isEqualTo("Anna");
        assertThat(result.merged().endpoints()).extracting(Endpoint::address).containsExactly("anna@example.org", "+4930123");
        assertThat(result.addedEndpoints()).extracting(Endpoint::address).containsExactly("+4930123");
        assertThat(PersonMerger.separate(result.merged(), ANNA_WORK, result)).isEqualTo(ANNA);
    }
}
