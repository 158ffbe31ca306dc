package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.contacts.testing.SamplePersons;

/**
 * Saves 100,000 SamplePersons into a fresh address book in one {@code saveAll}, then reads them
 * back with {@code findAll} three times after reopening, for a few rounds; prints milliseconds.
 */
public final class StoreBench {
    private StoreBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("switchboard-store-bench");
        List<Person> persons = SamplePersons.generate(count, 42);
        for (int round = 1; round <= rounds; round++) {
            Path db = dir.resolve("round-" + round + ".db");
            try (var repository = SqlitePersonRepository.open(db)) {
                long start = System.nanoTime();
                repository.saveAll(persons);
                System.out.printf(Locale.ROOT, "store: round %d: saveAll %,d persons in %.0f ms%n", round, count,
                        (System.nanoTime() - start) / 1e6);
            }
            try (var repository = SqlitePersonRepository.open(db)) {
                for (int read = 1; read <= 3; read++) {
                    long start = System.nanoTime();
                    int found = repository.findAll().size();
                    System.out.printf(Locale.ROOT, "store: round %d: findAll %d: %,d persons in %.0f ms%n", round, read,
                            found, (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }
}
