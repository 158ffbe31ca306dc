package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsAreQuotedAndTheLastIsAPrefixWhileTyping() {
        assertThat(FtsQuery.of("frau mül")).contains("\"frau\" \"mül\"*");
        assertThat(FtsQuery.of("frau mül ")).contains("\"frau\" \"mül\"");
    }

    @Test
    void syntaxIsDropped() {
        assertThat(FtsQuery.of("AND( \"x\" NEAR/2 col:y*")).contains("\"AND\" \"x\" \"NEAR\" \"2\" \"col\" \"y\"*");
        assertThat(FtsQuery.of("\"() * -")).isEmpty();
    }
}
