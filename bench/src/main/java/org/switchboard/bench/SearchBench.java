package org.switchboard.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.app.people.PeopleViewModel;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.testing.InMemoryPersonRepository;
import org.switchboard.contacts.testing.SamplePersons;

/**
 * Search-as-you-type over 100,000 persons through the GUI's own model: the time from setting the
 * search field's text (one keystroke) to the updated list model of {@link PeopleViewModel}, for
 * names, organisations, addresses and phone digits typed one character at a time, then cleared.
 * Target: p99 ≤ 10 ms.
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
        PeopleViewModel model = new PeopleViewModel(new InMemoryPersonRepository(), new SameThread());
        model.publishWhenLoaded(CompletableFuture.completedFuture(index));

        type(model, 5); // warm-up, not reported
        Percentiles p = new Percentiles(type(model, 20));
        System.out.printf(Locale.ROOT, "search: %,d persons, index built in %.0f ms%n", count, buildMs);
        System.out.printf(Locale.ROOT, "search: keystroke -> PeopleViewModel list updated: %s (target p99 <= 10 ms)%n", p.summary());
    }

    private static long[] type(PeopleViewModel model, int rounds) {
        List<Long> samples = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String word : TYPED) {
                for (int i = 1; i <= word.length(); i++) {
                    samples.add(keystroke(model, word.substring(0, i)));
                }
                samples.add(keystroke(model, ""));
            }
        }
        return samples.stream().mapToLong(Long::longValue).toArray();
    }

    private static long keystroke(PeopleViewModel model, String text) {
        long t0 = System.nanoTime();
        model.queryProperty().set(text);
        model.visiblePersons().size();
        return System.nanoTime() - t0;
    }

    /** The benchmark's task runner: everything on the calling thread, as on the FX thread. */
    private static final class SameThread implements TaskRunner {
        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }
    }
}
