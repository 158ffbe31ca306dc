package org.switchboard.app.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.switchboard.contacts.Person;

/** Writes persons to a vCard file (the GUI's port onto the contacts module's vCard exporter). */
@FunctionalInterface
public interface ContactExporter {

    /** An exporter for builds without vCard support: every call fails with a clear message. */
    ContactExporter UNAVAILABLE = (file, persons) -> {
        throw new IOException("vCard export is not available in this build");
    };

    /** Writes every person to {@code file}, replacing it; returns how many cards were written. */
    int exportFile(Path file, List<Person> persons) throws IOException;
}
