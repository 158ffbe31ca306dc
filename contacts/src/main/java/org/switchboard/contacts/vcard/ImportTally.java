package org.switchboard.contacts.vcard;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.contacts.Person;

/** The running outcome of an import: cards taken in file order, merged in memory, counted. */
final class ImportTally {
    private final ImportMerger merger;
    private final List<SkippedCard> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int imported;
    private int merged;

    ImportTally(List<Person> stored) {
        this.merger = new ImportMerger(stored);
    }

    void add(CardResult card) {
        warnings.addAll(card.warnings());
        if (card.skipped() != null) {
            skipped.add(card.skipped());
        }
        Person person = card.person();
        if (person == null) {
            return;
        }
        if (merger.add(person)) {
            merged++;
        } else {
            imported++;
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    List<Person> toSave() {
        return merger.toSave();
    }

    ImportReport report() {
        return new ImportReport(imported, merged, skipped, warnings);
    }
}
