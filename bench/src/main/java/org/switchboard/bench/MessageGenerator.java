package org.switchboard.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Realistic chat messages: words from a generated vocabulary of 20,000 (plus everyday and accented
 * words) drawn with a Zipf distribution as in natural text, 3 to 24 words, several thousand peers,
 * both directions, ids as clients and servers make them, one message every ~40 s over years.
 */
final class MessageGenerator {
    private static final String[] COMMON = {"the", "and", "you", "to", "is", "see", "at", "lunch", "tomorrow",
        "meeting", "call", "thanks", "ok", "yes", "no", "later", "today", "invoice", "café", "Müller", "Zoë", "naïve",
        "señor", "Łódź", "straße", "déjà", "vu", "weekend", "train", "late", "sorry", "photo", "link", "done"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "ba", "do", "fe",
        "gi", "ha", "ju", "pe", "qu", "ri", "so", "tu", "wa", "xe", "yo", "an", "el", "in", "or", "us", "ch", "st"};
    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final List<Endpoint> peers = new ArrayList<>();
    private long clock = START.toEpochMilli();
    private long sequence;

    MessageGenerator(long seed, int peerCount) {
        random = new Random(seed);
        vocabulary = vocabulary(20_000);
        cumulative = zipf(vocabulary.length, 1.07);
        for (int i = 0; i < peerCount; i++) {
            peers.add(new Endpoint(EndpointKind.XMPP, word() + i + "@" + (i % 7 == 0 ? "chat.example.org" : "jabber.example"), ""));
        }
    }

    List<MessageRecord> next(int count) {
        List<MessageRecord> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clock += 1 + random.nextInt(80_000);
            sequence++;
            Endpoint peer = peers.get((int) Math.min(peers.size() - 1, Math.abs(random.nextGaussian()) * peers.size() / 3));
            String origin = Long.toHexString(random.nextLong()) + "-" + sequence;
            String stanza = "mam-" + Long.toString(sequence * 7919 + 13, 36);
            batch.add(random.nextBoolean()
                    ? MessageRecord.incoming("me@example.org", peer, sentence(), Instant.ofEpochMilli(clock), origin, stanza)
                            .withUnread(random.nextInt(50) == 0)
                    : MessageRecord.outgoing("me@example.org", peer, sentence(), Instant.ofEpochMilli(clock), origin, stanza,
                            DeliveryState.DELIVERED));
        }
        return batch;
    }

    /** A query as users type it: 1–3 words, the last often only begun (at least two letters). */
    String query() {
        int words = 1 + random.nextInt(3);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = word();
            if (i == words - 1 && word.length() > 3 && random.nextBoolean()) {
                word = word.substring(0, 2 + random.nextInt(word.length() - 2));
            }
            query.append(i == 0 ? "" : " ").append(word);
        }
        return query.toString();
    }

    private String sentence() {
        int words = 3 + random.nextInt(22);
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(word());
        }
        return text.append(random.nextInt(4) == 0 ? "?" : ".").toString();
    }

    private String word() {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[index >= 0 ? index : Math.min(-index - 1, vocabulary.length - 1)];
    }

    private String[] vocabulary(int size) {
        String[] words = new String[size];
        System.arraycopy(COMMON, 0, words, 0, COMMON.length);
        for (int i = COMMON.length; i < size; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = word.toString();
        }
        return words;
    }

    private static double[] zipf(int size, double exponent) {
        double[] weights = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            total += 1 / Math.pow(i + 1, exponent);
            weights[i] = total;
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= total;
        }
        return weights;
    }
}
