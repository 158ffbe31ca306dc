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

    /**
     * The digits to look for in E.164 numbers, or {@code null} when the term is not a phone-number
     * fragment. Leading zeros (the national trunk prefix, as in {@code 0170 1234}) are dropped.
     */
    static @Nullable String digitTermOf(String term) {
        String digits = PhoneNumbers.digitsOf(term);
        if (digits.length() < 3 || digits.length() * 2 < term.length()) {
            return null;
        }
        int firstNonZero = 0;
        while (firstNonZero < digits.length() - 1 && digits.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        return digits.substring(firstNonZero);
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
