package org.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.search.SearchSession;
import org.switchboard.contacts.testing.SamplePersons;

/**
 * Search-as-you-type over 100,000 persons: the time from a keystroke to the updated list model
 * (query parsed, index scanned, {@code ObservableList.setAll} done), for names, organisations,
 * addresses and phone digits typed one character at a time. Target: p99 ≤ 10 ms.
 */
public final class SearchBench {
    private static final List<String> TYPED = List.of("anna", "müller", "barbie.roberts", "acme", "1701234", "+49 170 12",
            "example.org", "sip:", "zoe xu", "chat.example", "globex eng", "0170 99", "tanaka", "jürgen");

    private SearchBench() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<Person> persons = SamplePersons.generate(count, 42);
        long start = System.nanoTime();
        PersonSearchIndex index = PersonSearchIndex.of(persons);
        double buildMs = (System.nanoTime() - start) / 1e6;
        ObservableList<Person> model = FXCollections.observableArrayList(persons);

        runSessions(index, model, 5); // warm-up, not reported
        long[] samples = runSessions(index, model, 20);
        Percentiles p = new Percentiles(samples);
        System.out.printf(Locale.ROOT, "search: %,d persons, index built in %.0f ms%n", count, buildMs);
        System.out.printf(Locale.ROOT, "search: keystroke -> list model updated: %s (target p99 <= 10 ms)%n", p.summary());
    }

    private static long[] runSessions(PersonSearchIndex index, ObservableList<Person> model, int rounds) {
        List<Long> samples = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String word : TYPED) {
                SearchSession session = new SearchSession(index);
                for (int i = 1; i <= word.length(); i++) {
                    String query = word.substring(0, i);
                    long t0 = System.nanoTime();
                    model.setAll(session.search(query));
                    samples.add(System.nanoTime() - t0);
                }
                long t0 = System.nanoTime();
                model.setAll(session.search(""));
                samples.add(System.nanoTime() - t0);
            }
        }
        return samples.stream().mapToLong(Long::longValue).toArray();
    }
}
