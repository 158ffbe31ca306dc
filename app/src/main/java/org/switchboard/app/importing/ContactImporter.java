package org.switchboard.app.importing;

import java.io.IOException;
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

    ImportOutcome importFile(Path file, Progress progress) throws IOException;

    /** Called from the importing thread as the file is read. */
    @FunctionalInterface
    interface Progress {
        void update(long bytesRead, long totalBytes, int cardsDone);
    }
}
