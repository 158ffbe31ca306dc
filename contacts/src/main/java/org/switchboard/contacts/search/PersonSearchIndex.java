package org.switchboard.contacts.search;

import java.text.Normalizer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.stream.IntStream;
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
 * {@code +49 170 1234567}; a national trunk prefix is dropped, so {@code 0170 1234} finds it too). Built once per address-book change; queried on every keystroke.
 */
public final class PersonSearchIndex {
    /** Scans this large or larger are split across the cores. */
    private static final int PARALLEL_THRESHOLD = 20_000;
    private static final int CHUNKS = Math.max(2, Runtime.getRuntime().availableProcessors()) * 2;

    private final List<Person> persons;
    private final String[] text;
    /** The E.164 digits of each person's phone numbers, space-separated. */
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
        if (limit < PARALLEL_THRESHOLD) {
            return scan(q, candidates, 0, limit);
        }
        int chunk = (limit + CHUNKS - 1) / CHUNKS;
        return IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> scan(q, candidates, c * chunk, Math.min(limit, (c + 1) * chunk)))
                .flatMapToInt(IntStream::of)
                .toArray();
    }

    private int[] scan(Query q, int @Nullable [] candidates, int from, int to) {
        int[] hits = new int[Math.max(0, to - from)];
        int count = 0;
        for (int c = from; c < to; c++) {
            int i = candidates == null ? c : candidates[c];
            if (matchesAll(i, q.terms(), q.digitTerms())) {
                hits[count++] = i;
            }
        }
        return Arrays.copyOf(hits, count);
    }

    /** The persons at {@code indices} in order (a read-only view, no copy); every person for {@code null}. */
    List<Person> persons(int @Nullable [] indices) {
        if (indices == null) {
            return persons;
        }
        return new Hits(indices);
    }

    private final class Hits extends AbstractList<Person> implements RandomAccess {
        private final int[] indices;

        Hits(int[] indices) {
            this.indices = indices;
        }

        @Override
        public Person get(int index) {
            return persons.get(indices[index]);
        }

        @Override
        public int size() {
            return indices.length;
        }
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
                sb.append(PhoneNumbers.digitsOf(endpoint.address())).append(' ');
            }
        }
        return sb.toString();
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
