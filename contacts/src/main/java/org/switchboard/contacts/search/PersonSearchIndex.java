package org.switchboard.contacts.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PhoneNumbers;

/**
 * An immutable in-memory index answering "which persons match what was typed so far". Every
 * whitespace-separated term of the query must match: as a substring of the folded (lower-case,
 * accent-free) name, organisation, title, categories or any address, or, for terms of at least
 * three digits, as a substring of a phone number's digits ({@code 1701234} finds
 * {@code +49 170 1234567}). Built once per address-book change; queried on every keystroke.
 */
public final class PersonSearchIndex {
    private final List<Person> persons;
    private final String[] text;
    private final String[] phoneDigits;

    private PersonSearchIndex(List<Person> persons) {
        this.persons = List.copyOf(persons);
        this.text = new String[persons.size()];
        this.phoneDigits = new String[persons.size()];
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            text[i] = haystack(person);
            phoneDigits[i] = digits(person);
        }
    }

    public static PersonSearchIndex of(List<Person> persons) {
        return new PersonSearchIndex(persons);
    }

    public List<Person> persons() {
        return persons;
    }

    public int size() {
        return persons.size();
    }

    /** The matching persons in index order; every person for a blank query. */
    public List<Person> search(String query) {
        return persons(matchIndices(query, null));
    }

    /**
     * The positions of the matching persons, scanning only {@code candidates} when given (the hits
     * of a query this one narrows, see {@link SearchSession}); {@code null} for a blank query.
     */
    int @Nullable [] matchIndices(String query, int @Nullable [] candidates) {
        Query q = Query.parse(query);
        if (q.isBlank()) {
            return null;
        }
        int limit = candidates == null ? text.length : candidates.length;
        int[] hits = new int[limit];
        int count = 0;
        for (int c = 0; c < limit; c++) {
            int i = candidates == null ? c : candidates[c];
            if (matchesAll(i, q.terms(), q.digitTerms())) {
                hits[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(hits, count);
    }

    /** The persons at {@code indices} in order; every person for {@code null}. */
    List<Person> persons(int @Nullable [] indices) {
        if (indices == null) {
            return persons;
        }
        List<Person> hits = new ArrayList<>(indices.length);
        for (int i : indices) {
            hits.add(persons.get(i));
        }
        return hits;
    }

    private boolean matchesAll(int i, String[] terms, @Nullable String[] digitTerms) {
        for (int t = 0; t < terms.length; t++) {
            boolean hit = text[i].contains(terms[t]) || (digitTerms[t] != null && phoneDigits[i].contains(digitTerms[t]));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private static String haystack(Person person) {
        StringBuilder sb = new StringBuilder(64);
        sb.append(person.displayName()).append('\n').append(person.organization()).append('\n').append(person.title());
        person.categories().forEach(c -> sb.append('\n').append(c));
        for (Endpoint endpoint : person.endpoints()) {
            sb.append('\n').append(endpoint.address());
        }
        return fold(sb.toString());
    }

    private static String digits(Person person) {
        StringBuilder sb = new StringBuilder();
        for (Endpoint endpoint : person.endpoints()) {
            if (endpoint.kind() == EndpointKind.PHONE) {
                String digits = PhoneNumbers.digitsOf(endpoint.address());
                sb.append(digits).append(' ');
                // also the national form: +49 170 1234567 is typed 0170 1234567 at home
                sb.append(nationalDigits(endpoint.address())).append(' ');
            }
        }
        return sb.toString();
    }

    private static String nationalDigits(String e164) {
        String national = PhoneNumbers.nationalDigits(e164);
        return national.isEmpty() ? "" : national;
    }

    /** Lower-case and without accents, so "Müller" is found by "muller". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
