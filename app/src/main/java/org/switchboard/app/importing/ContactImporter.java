package org.switchboard.app.importing;

import org.switchboard.contacts.vcard.ImportReport;

import java.io.IOException;
import org.switchboard.contacts.vcard.ImportProgress;
import java.nio.file.Path;

/**
 * Imports a vCard file into the address book (the GUI's port onto the contacts module's vCard
 * importer). Bad cards are skipped and reported; only an unreadable file fails the whole import.
 */
@FunctionalInterface
public interface ContactImporter {

    /** An importer for builds without vCard support: every call fails with a clear message. */
    ContactImporter UNAVAILABLE = (file, progress) -> {
        throw new IOException("vCard import is not available in this build");
    };

    ImportReport importFile(Path file, ImportProgress progress) throws IOException;

}
