package org.switchboard.contacts.search;

import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.PhoneNumbers;

/**
 * A parsed search query: folded terms, and for each term its digits when the term reads as part of
 * a phone number (at least three digits, and digits at least half of it).
 */
record Query(String folded, String[] terms, @Nullable String[] digitTerms) {

    static Query parse(String raw) {
        String folded = PersonSearchIndex.fold(raw).strip();
        String[] terms = folded.isEmpty() ? new String[0] : folded.split("\\s+");
        @Nullable String[] digitTerms = new String[terms.length];
        for (int t = 0; t < terms.length; t++) {
            digitTerms[t] = digitTermOf(terms[t]);
        }
        return new Query(folded, terms, digitTerms);
    }

    static @Nullable String digitTermOf(String term) {
        String digits = PhoneNumbers.digitsOf(term);
        return digits.length() >= 3 && digits.length() * 2 >= term.length() ? digits : null;
    }

    boolean isBlank() {
        return terms.length == 0;
    }

    /**
     * True when every person matching this query also matches {@code previous}, so the search can
     * scan only the previous hits: the user typed more characters at the end, and no term changed
     * from text to phone digits.
     */
    boolean narrows(Query previous) {
        if (previous.isBlank() || !folded.startsWith(previous.folded) || terms.length < previous.terms.length) {
            return false;
        }
        for (int t = 0; t < previous.terms.length; t++) {
            if ((previous.digitTerms[t] == null) != (digitTermOf(terms[t]) == null)) {
                return false;
            }
        }
        return true;
    }
}
