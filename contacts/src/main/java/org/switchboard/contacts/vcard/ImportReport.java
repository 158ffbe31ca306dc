package org.switchboard.contacts.vcard;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported cards stored as new persons
 * @param merged cards merged into an existing person or an earlier card of the same file
 * @param skipped cards not imported, with where they are and why
 * @param warnings problems that lost no data (an invalid address kept as an unmodelled property,
 *     text outside any card, parser remarks), each naming card and line
 */
public record ImportReport(int imported, int merged, List<SkippedCard> skipped, List<String> warnings) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** "3 imported, 1 merged, 1 skipped". */
    public String summary() {
        return imported + " imported, " + merged + " merged, " + skipped.size() + " skipped";
    }
}
