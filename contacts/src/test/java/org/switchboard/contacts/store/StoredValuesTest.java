package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored values read without general parsing must come out as the general parsers read them. */
class StoredValuesTest {
    @Test
    void readsDatesLikeLocalDateParse() {
        for (String text : List.of("1976-04-01", "2000-02-29", "0001-01-28", "1999-12-31", "2024-11-28")) {
            assertThat(StoredValues.date(text)).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    void readsEndpointKindsAsWrittenAndAsFromIdReadsThem() throws Exception {
        for (org.switchboard.contacts.EndpointKind kind : org.switchboard.contacts.EndpointKind.values()) {
            assertThat(StoredValues.kind(kind.id())).isEqualTo(kind);
            assertThat(StoredValues.kind(kind.scheme().toUpperCase(java.util.Locale.ROOT))).isEqualTo(kind);
        }
    }
}
