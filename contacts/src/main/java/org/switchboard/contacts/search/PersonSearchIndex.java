package org.switchboard.contacts.search;

import java.text.Normalizer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * {@code +49 170 1234567}; a national trunk prefix is dropped, so {@code 0170 1234} finds it too). Built once per address-book change; queried on every keystroke,
 * scanning only the persons whose text holds every piece of a term ({@link GramIndex}).
 */
public final class PersonSearchIndex {
    /** Scans this large or larger are split across the cores. */
    private static final int PARALLEL_THRESHOLD = 20_000;
    private static final int CHUNKS = Math.max(2, Runtime.getRuntime().availableProcessors()) * 2;

    private final List<Person> persons;
    private final String[] text;
    /** The E.164 digits of each person's phone numbers, space-separated. */
    private final String[] phoneDigits;
    /** Which persons' text, and which persons' phone digits, contain each one- or two-character piece. */
    private final GramIndex textGrams;
    private final GramIndex digitGrams;

    private PersonSearchIndex(List<Person> persons) {
        this.persons = List.copyOf(persons);
        this.text = new String[persons.size()];
        this.phoneDigits = new String[persons.size()];
        for (int i = 0; i < persons.size(); i++) {
            Person person = persons.get(i);
            text[i] = haystack(person);
            phoneDigits[i] = digits(person);
        }
        this.textGrams = GramIndex.of(text);
        this.digitGrams = GramIndex.of(phoneDigits);
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
     * The positions of the matching persons, ascending, scanning only {@code candidates} when given
     * (the hits of a query this one narrows, see {@link SearchSession}) or a term's posting list when
     * that is shorter; {@code null} for a blank query. The array may be shared: never modify it.
     */
    int @Nullable [] matchIndices(String query, int @Nullable [] candidates) {
        Query q = Query.parse(query);
        if (q.isBlank()) {
            return null;
        }
        // the persons in every superset of the answer: the previous keystroke's hits and each term's posting list
        List<int[]> supersets = new ArrayList<>();
        if (candidates != null) {
            supersets.add(candidates);
        }
        boolean exact = true;
        for (int t = 0; t < q.terms().length; t++) {
            supersets.add(possibleMatches(q.terms()[t], q.digitTerms()[t]));
            exact &= q.digitTerms()[t] == null && GramIndex.exact(q.terms()[t]);
        }
        supersets.sort(Comparator.comparingInt(list -> list.length));
        int[] possible = supersets.getFirst();
        for (int k = 1; k < supersets.size() && possible.length > 0; k++) {
            possible = GramIndex.intersection(possible, supersets.get(k));
        }
        if (exact) {
            return possible; // terms of one or two ASCII characters: their posting lists are the answer
        }
        int[] scanned = possible;
        int limit = scanned.length;
        if (limit < PARALLEL_THRESHOLD) {
            return scan(q, scanned, 0, limit);
        }
        int chunk = (limit + CHUNKS - 1) / CHUNKS;
        return IntStream.range(0, CHUNKS).parallel()
                .mapToObj(c -> scan(q, scanned, c * chunk, Math.min(limit, (c + 1) * chunk)))
                .flatMapToInt(IntStream::of)
                .toArray();
    }

    /** The persons that may match {@code term} (every one that does): by their text, or by their phone digits. */
    private int[] possibleMatches(String term, @Nullable String digitTerm) {
        int[] byText = textGrams.candidates(term);
        return digitTerm == null ? byText : GramIndex.union(byText, digitGrams.candidates(digitTerm));
    }

    /** The persons among {@code candidates[from..to)} (ascending) matching every term of {@code q}. */
    private int[] scan(Query q, int[] candidates, int from, int to) {
        String[] terms = q.terms();
        GramIndex.Checker[] byText = new GramIndex.Checker[terms.length];
        GramIndex.@Nullable Checker[] byDigits = new GramIndex.Checker[terms.length];
        for (int t = 0; t < terms.length; t++) {
            byText[t] = textGrams.checker(terms[t]);
            String digits = q.digitTerms()[t];
            byDigits[t] = digits == null ? null : digitGrams.checker(digits);
        }
        int[] hits = new int[Math.max(0, to - from)];
        int count = 0;
        for (int c = from; c < to; c++) {
            int i = candidates[c];
            if (matchesAll(i, byText, byDigits)) {
                hits[count++] = i;
            }
        }
        return Arrays.copyOf(hits, count);
    }

    private static boolean matchesAll(int i, GramIndex.Checker[] byText, GramIndex.@Nullable Checker[] byDigits) {
        for (int t = 0; t < byText.length; t++) {
            GramIndex.Checker digits = byDigits[t];
            if ((digits == null || !digits.holds(i)) && !byText[t].holds(i)) { // phone digits first: the shorter text
                return false;
            }
        }
        return true;
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
