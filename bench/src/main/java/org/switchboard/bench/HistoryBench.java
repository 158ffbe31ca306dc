package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * Fills a fresh profile database with 1,000,000 generated messages (batches of 5,000, one
 * transaction each, as {@code appendAll}), reopens it, then times 500 history searches as users
 * type them (1–3 words, the last often a prefix of at least two letters), 20 hits each with
 * snippets. Target: p95 ≤ 50 ms. Args: [messages] [searches] [peers].
 */
public final class HistoryBench {
    private static final int BATCH = 5_000;
    private static final int LIMIT = 20;

    private HistoryBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int peers = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Path db = Files.createTempDirectory("switchboard-history-bench").resolve("switchboard.db");
        MessageGenerator generator = new MessageGenerator(42, peers);
        fill(db, generator, count);
        System.out.printf(Locale.ROOT, "history: database %,d MB%n", Files.size(db) >> 20);
        try (var repository = SqlitePersonRepository.open(db)) {
            MessageHistory history = repository.messageHistory();
            search(history, generator, 50); // warm-up, not reported
            long[] samples = search(history, generator, searches);
            System.out.printf(Locale.ROOT, "history: search over %,d messages: %s (target p95 <= 50 ms)%n", count,
                    new Percentiles(samples).summary());
        }
    }

    private static void fill(Path db, MessageGenerator generator, int count) {
        try (var repository = SqlitePersonRepository.open(db)) {
            MessageHistory history = repository.messageHistory();
            long start = System.nanoTime();
            int stored = 0;
            for (int done = 0; done < count; done += BATCH) {
                stored += history.appendAll(generator.next(Math.min(BATCH, count - done)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "history: appended %,d messages in %.1f s: %,.0f messages/s%n", stored, seconds,
                    stored / seconds);
        }
    }

    private static long[] search(MessageHistory history, MessageGenerator generator, int searches) {
        long[] samples = new long[searches];
        long hits = 0;
        for (int i = 0; i < searches; i++) {
            String query = generator.query();
            long start = System.nanoTime();
            hits += history.search(query, LIMIT).size();
            samples[i] = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "history: %d searches, %.1f hits each on average%n", searches, (double) hits / searches);
        return samples;
    }
}
