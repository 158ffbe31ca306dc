package org.switchboard.contacts.vcard;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonRepository;

/**
 * Imports vCard 2.1, 3.0 and 4.0 files into the address book in one transaction: either every
 * good card is stored (new, or merged into the person sharing an address) or, on an I/O or
 * database failure, nothing is. A malformed card is skipped and reported; it never stops the others.
 */
public final class VcardImporter {
    private static final Logger LOG = LoggerFactory.getLogger(VcardImporter.class);
    private static final int PROGRESS_EVERY = 1_000;

    private final PersonRepository repository;

    public VcardImporter(PersonRepository repository) {
        this.repository = repository;
    }

    /**
     * Imports {@code file}.
     *
     * @throws IOException naming the file when it cannot be read; the address book is then unchanged
     */
    public ImportReport importFile(Path file, ImportProgress progress) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return run(LineSource.of(in), file.toString(), size, progress);
        }
    }

    /** Imports from bytes (UTF-8, or windows-1252 where a line is not UTF-8); {@code source} names it in messages. */
    public ImportReport importFrom(InputStream in, String source, long totalBytes, ImportProgress progress)
            throws IOException {
        return run(LineSource.of(in), source, totalBytes, progress);
    }

    /** Imports from characters; {@code source} names the input in messages. */
    public ImportReport importFrom(Reader reader, String source, ImportProgress progress) throws IOException {
        return run(LineSource.of(reader), source, -1, progress);
    }

    private ImportReport run(LineSource lines, String source, long total, ImportProgress progress)
            throws IOException {
        CardSplitter splitter = new CardSplitter(lines);
        ImportMerger merger = new ImportMerger(repository.findAll());
        List<SkippedCard> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int imported = 0;
        int merged = 0;
        int cards = 0;
        try {
            RawCard raw;
            while ((raw = splitter.next()) != null) {
                cards++;
                Optional<Person> person = read(raw, source, skipped, warnings);
                if (person.isPresent()) {
                    if (merger.add(person.get())) {
                        merged++;
                    } else {
                        imported++;
                    }
                }
                if (cards % PROGRESS_EVERY == 0) {
                    progress.update(splitter.position(), total, cards);
                }
            }
        } catch (IOException e) {
            throw new IOException("Cannot read " + source + " (after card " + cards + "): " + e.getMessage(), e);
        }
        repository.saveAll(merger.toSave());
        progress.update(splitter.position(), total, cards);
        splitter.warnings().forEach(w -> warnings.add(source + ", " + w));
        LOG.info("Imported {}: {} new, {} merged, {} skipped, {} warnings", source, imported, merged,
                skipped.size(), warnings.size());
        return new ImportReport(imported, merged, skipped, warnings);
    }

    /** The card's person, or empty after recording why it was skipped. */
    private static Optional<Person> read(RawCard raw, String source, List<SkippedCard> skipped, List<String> warnings) {
        String where = source + ", card " + raw.number() + " (line " + raw.line() + ")";
        if (raw.problem() != null) {
            skipped.add(new SkippedCard(raw.number(), raw.line(), raw.problem()));
            return Optional.empty();
        }
        try (VCardReader reader = new VCardReader(raw.text())) {
            VCard card = reader.readNext();
            if (card == null) {
                skipped.add(new SkippedCard(raw.number(), raw.line(), "it is not a vCard"));
                return Optional.empty();
            }
            for (ParseWarning warning : reader.getWarnings()) {
                warnings.add(where + ": " + describe(warning, raw.line()));
            }
            Optional<Person> person = CardMapper.map(card, where, warnings);
            if (person.isEmpty()) {
                skipped.add(new SkippedCard(raw.number(), raw.line(), "it has no name and no address"));
            }
            return person;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Card {} of {} cannot be read", raw.number(), source, e);
            skipped.add(new SkippedCard(raw.number(), raw.line(), "it cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String describe(ParseWarning warning, int cardLine) {
        Integer line = warning.getLineNumber();
        String prefix = line == null ? "" : "line " + (cardLine + line - 1) + ": ";
        String property = warning.getPropertyName() == null ? "" : warning.getPropertyName() + ": ";
        return prefix + property + warning.getMessage();
    }
}
