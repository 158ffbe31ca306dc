package org.switchboard.contacts.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.switchboard.contacts.Person;

/**
 * Writes persons as vCard 4.0 (default) or 3.0 with every modelled field and the kept extra
 * properties. A file is written to a temporary file beside it and then moved into place, so a failed
 * export never leaves half a file.
 */
public final class VcardExporter {

    /** Writes {@code persons} to {@code file} as vCard 4.0. */
    public void export(List<Person> persons, Path file) throws IOException {
        export(persons, file, VcardVersion.V4_0);
    }

    /**
     * Writes {@code persons} to {@code file} (replacing it) in {@code version}.
     *
     * @throws IOException naming the file when it cannot be written; the file is then unchanged
     */
    public void export(List<Person> persons, Path file, VcardVersion version) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                export(persons, out, version);
            }
            move(temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("Cannot export the address book to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code persons} to {@code out} in {@code version}; the caller closes {@code out}. */
    public void export(List<Person> persons, Writer out, VcardVersion version) throws IOException {
        List<VCard> cards = persons.stream().map(p -> PersonToVcard.convert(p, version.ez())).toList();
        Ezvcard.write(cards).version(version.ez()).prodId(true).versionStrict(false).go(out);
        out.flush();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
