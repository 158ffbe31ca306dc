package org.switchboard.app.importing;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported new persons stored
 * @param merged cards merged into persons already stored
 * @param skipped cards that could not be imported, each with where and why
 * @param warnings notes on cards that were imported with something left out
 */
public record ImportOutcome(int imported, int merged, List<SkippedCard> skipped, List<String> warnings) {
    public ImportOutcome {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** A card that was not imported: its number in the file (from 1), its first line, and why. */
    public record SkippedCard(int cardNumber, int line, String reason) {}

    /** "3 imported, 1 merged, 1 skipped". */
    public String summary() {
        return imported + " imported, " + merged + " merged, " + skipped.size() + " skipped";
    }
}
