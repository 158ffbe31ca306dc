package org.switchboard.contacts.search;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Substring search over a fixed array of texts through an inverted index of their one- and
 * two-character pieces: which entries hold each piece, and where a two-character piece first occurs
 * in each. A term's candidates are the shortest posting list among its pieces, and checking a
 * candidate starts at the first occurrence of the term's first two characters instead of scanning the
 * text from its beginning. Keystrokes stay cheap without the JIT's vectorised string intrinsics
 * (C1-compiled {@code String.contains} over 100,000 persons costs 3–12 ms, see ADR 0011).
 *
 * <p>Characters are folded to codes below 128, everything from 127 up sharing code 127; a posting
 * list is therefore a superset of the entries holding a piece, and exact when the piece is ASCII
 * below 127. Posting lists hold entry positions in ascending order. Immutable once built.
 */
final class GramIndex {
    private static final int CODES = 128;
    private static final int OTHER = CODES - 1;
    private static final int[] NONE = new int[0];
    private static final char[] NOWHERE = new char[0];
    /** A first occurrence too far into a text to record: the check scans from the text's start. */
    private static final char FAR = Character.MAX_VALUE;

    private final String[] texts;
    /** Entries holding each character code. */
    private final int[][] unigrams;
    /** Entries holding each pair of codes, at {@code first * CODES + second}. */
    private final int[][] bigrams;
    /** For each entry of {@link #bigrams}, where in its text the pair first occurs. */
    private final char[][] firstAt;

    private GramIndex(String[] texts, int[][] unigrams, int[][] bigrams, char[][] firstAt) {
        this.texts = texts;
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.firstAt = firstAt;
    }

    /** Indexes {@code texts} (not copied: nobody may change the array afterwards); entry {@code i} is {@code texts[i]}. */
    static GramIndex of(String[] texts) {
        Builder counting = new Builder(null);
        for (int i = 0; i < texts.length; i++) {
            counting.add(texts[i], i);
        }
        Builder filling = new Builder(counting);
        for (int i = 0; i < texts.length; i++) {
            filling.add(texts[i], i);
        }
        return new GramIndex(texts, filling.uniLists, filling.biLists, filling.biFirstAt);
    }

    /**
     * Two passes over the texts: the first counts each piece once per entry, the second fills lists
     * of exactly those sizes.
     */
    private static final class Builder {
        private final int[] uniCount = new int[CODES];
        private final int[] biCount = new int[CODES * CODES];
        private final int[] uniSeen = new int[CODES];
        private final int[] biSeen = new int[CODES * CODES];
        private final int[][] uniLists;
        private final int[][] biLists;
        private final char[][] biFirstAt;
        private final boolean filling;

        Builder(@Nullable Builder counted) {
            Arrays.fill(uniSeen, -1);
            Arrays.fill(biSeen, -1);
            filling = counted != null;
            uniLists = filling ? allocate(counted.uniCount) : new int[0][];
            biLists = filling ? allocate(counted.biCount) : new int[0][];
            biFirstAt = new char[filling ? biLists.length : 0][];
            for (int k = 0; k < biFirstAt.length; k++) {
                biFirstAt[k] = biLists[k].length == 0 ? NOWHERE : new char[biLists[k].length];
            }
        }

        void add(String text, int entry) {
            int previous = -1;
            for (int p = 0; p < text.length(); p++) {
                int code = code(text.charAt(p));
                if (uniSeen[code] != entry) {
                    uniSeen[code] = entry;
                    if (filling) {
                        uniLists[code][uniCount[code]] = entry;
                    }
                    uniCount[code]++;
                }
                if (previous >= 0) {
                    int pair = previous * CODES + code;
                    if (biSeen[pair] != entry) {
                        biSeen[pair] = entry;
                        if (filling) {
                            biLists[pair][biCount[pair]] = entry;
                            biFirstAt[pair][biCount[pair]] = p - 1 < FAR ? (char) (p - 1) : FAR;
                        }
                        biCount[pair]++;
                    }
                }
                previous = code;
            }
        }
    }

    /**
     * The entries that may hold {@code term} (every one that does, perhaps more), ascending: the
     * shortest posting list among the term's pieces. Shared, never to be modified.
     */
    int[] candidates(String term) {
        if (term.length() == 1) {
            return unigrams[code(term.charAt(0))];
        }
        int[] best = bigrams[pair(term, 0)];
        for (int p = 1; p + 1 < term.length(); p++) {
            int[] list = bigrams[pair(term, p)];
            if (list.length < best.length) {
                best = list;
            }
        }
        return best;
    }

    /** True when {@link #candidates} of {@code term} are exactly the entries holding it. */
    static boolean exact(String term) {
        if (term.length() > 2) {
            return false;
        }
        for (int p = 0; p < term.length(); p++) {
            if (term.charAt(p) >= OTHER) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks entries for one term, in ascending order: a cursor walks the posting list of the term's
     * first two characters alongside, so each check starts where they first occur in the text. One per
     * thread and term.
     */
    Checker checker(String term) {
        return new Checker(term);
    }

    final class Checker {
        private final String term;
        private final int @Nullable [] list;
        private final char @Nullable [] at;
        private int cursor;

        private Checker(String term) {
            this.term = term;
            if (term.length() >= 2) {
                int pair = pair(term, 0);
                list = bigrams[pair];
                at = firstAt[pair];
            } else {
                list = null;
                at = null;
            }
        }

        /** True when entry {@code entry}'s text holds the term; entries must come in ascending order. */
        boolean holds(int entry) {
            String text = texts[entry];
            if (list == null || at == null) {
                return text.contains(term);
            }
            while (cursor < list.length && list[cursor] < entry) {
                cursor++;
            }
            if (cursor == list.length || list[cursor] != entry) {
                return false; // the text lacks the term's first two characters
            }
            int from = at[cursor];
            if (from == FAR) {
                return text.contains(term);
            }
            return text.startsWith(term, from) || text.indexOf(term, from + 1) >= 0;
        }
    }

    /** The entries in both {@code a} and {@code b} (both ascending), ascending. */
    static int[] intersection(int[] a, int[] b) {
        int[] small = a.length <= b.length ? a : b;
        int[] large = small == a ? b : a;
        int[] out = new int[small.length];
        int n = 0;
        if ((long) small.length * 16 < large.length) {
            int from = 0;
            for (int x : small) {
                int k = Arrays.binarySearch(large, from, large.length, x);
                if (k >= 0) {
                    out[n++] = x;
                    from = k + 1;
                } else {
                    from = -k - 1;
                }
            }
        } else {
            int j = 0;
            for (int x : small) {
                while (j < large.length && large[j] < x) {
                    j++;
                }
                if (j < large.length && large[j] == x) {
                    out[n++] = x;
                }
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The entries in {@code a} or {@code b} (both ascending), ascending and without repeats. */
    static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x <= y) {
                out[n++] = x;
                i++;
                if (x == y) {
                    j++;
                }
            } else {
                out[n++] = y;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return Arrays.copyOf(out, n);
    }

    private static int pair(String term, int at) {
        return code(term.charAt(at)) * CODES + code(term.charAt(at + 1));
    }

    private static int code(char c) {
        return c < OTHER ? c : OTHER;
    }

    private static int[][] allocate(int[] counts) {
        int[][] lists = new int[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            lists[k] = counts[k] == 0 ? NONE : new int[counts[k]];
        }
        return lists;
    }
}
