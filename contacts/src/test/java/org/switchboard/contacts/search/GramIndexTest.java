package org.switchboard.contacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GramIndexTest {
    private static final String[] TEXTS = {"anna\nacme", "bob\nglobex", "zoë xu", "jürgen\nø", "+49 170 1234567", ""};
    private final GramIndex index = GramIndex.of(TEXTS);

    @Test
    void candidatesOfOneOrTwoAsciiCharactersAreExactlyTheEntriesHoldingThem() {
        for (String term : new String[] {"a", "n", "an", "ob", "17", " x", "\nz", "q"}) {
            assertThat(GramIndex.exact(term)).as(term).isTrue();
            assertThat(index.candidates(term)).as(term).containsExactly(containing(term));
        }
    }

    @Test
    void candidatesOfLongerOrNonAsciiTermsIncludeEveryEntryHoldingThem() {
        for (String term : new String[] {"acme", "globex", "zoë", "ø", "ür", "1234567", "70 1", "nope"}) {
            assertThat(GramIndex.exact(term)).as(term).isFalse();
            assertThat(index.candidates(term)).as(term).contains(containing(term)).isSorted();
        }
        assertThat(index.candidates("nope")).isEmpty();
    }

    @Test
    void charactersBeyondAsciiShareOnePostingList() {
        assertThat(index.candidates("ë")).containsExactly(2, 3); // ë and ø share a list: a superset, verified later
    }

    @Test
    void checkersFindTermsWhereverTheyOccurInTheText() {
        for (String term : new String[] {"a", "ë", "an", "acme", "cme", "ob\ng", "globex", "zoë x", "ür", "ø", "1234567", "70 1", "nope", "aa"}) {
            GramIndex.Checker checker = index.checker(term);
            int[] held = IntStream.range(0, TEXTS.length).filter(checker::holds).toArray();
            assertThat(held).as(term).containsExactly(containing(term));
        }
    }

    @Test
    void aCheckerFollowsAnyAscendingSubsetOfEntries() {
        GramIndex many = GramIndex.of(new String[] {"global", "bal", "x", "ball", "a bal", "balbal"});
        GramIndex.Checker skipping = many.checker("bal");
        assertThat(skipping.holds(1)).isTrue();
        assertThat(skipping.holds(4)).isTrue();
        assertThat(skipping.holds(5)).isTrue();
    }

    @Test
    void intersectionKeepsWhatBothHoldWhateverTheirSizes() {
        int[] large = IntStream.range(0, 1_000).map(i -> i * 2).toArray();
        assertThat(GramIndex.intersection(new int[] {3, 4, 998, 1_998, 5_000}, large)).containsExactly(4, 998, 1_998);
        assertThat(GramIndex.intersection(new int[] {1, 2, 3, 4}, new int[] {2, 4, 6})).containsExactly(2, 4);
        assertThat(GramIndex.intersection(new int[0], large)).isEmpty();
    }

    @Test
    void unionKeepsAscendingOrderWithoutRepeats() {
        assertThat(GramIndex.union(new int[] {1, 4, 9}, new int[] {0, 4, 10})).containsExactly(0, 1, 4, 9, 10);
        assertThat(GramIndex.union(new int[0], new int[] {3})).containsExactly(3);
        assertThat(GramIndex.union(new int[] {3}, new int[0])).containsExactly(3);
    }

    private static int[] containing(String term) {
        return IntStream.range(0, TEXTS.length).filter(i -> TEXTS[i].contains(term)).toArray();
    }
}
