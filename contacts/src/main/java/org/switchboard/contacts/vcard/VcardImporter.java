package org.switchboard.contacts.vcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.PersonRepository;

/**
 * Imports vCard 2.1, 3.0 and 4.0 files into the address book in one transaction: either every
 * good card is stored (new, or merged into the person sharing an address) or, on an I/O or
 * database failure, nothing is. A malformed card is skipped and reported; it never stops the others.
 * Cards are read in parallel, a batch at a time, and then merged and reported in file order.
 */
public final class VcardImporter {
    private static final Logger LOG = LoggerFactory.getLogger(VcardImporter.class);
    /** Cards read in parallel at a time; progress is reported after each full batch. */
    private static final int BATCH = 1_000;

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
        ImportTally tally = new ImportTally(repository.findAll());
        List<RawCard> batch = new ArrayList<>(BATCH);
        int cards = 0;
        RawCard raw;
        do {
            try {
                raw = splitter.next();
            } catch (IOException e) {
                throw new IOException("Cannot read " + source + " (after card " + cards + "): " + e.getMessage(), e);
            }
            if (raw != null) {
                batch.add(raw);
                cards++;
            }
            if (batch.size() == BATCH || (raw == null && !batch.isEmpty())) {
                readAll(batch, source).forEach(tally::add);
                batch.clear();
                if (cards % BATCH == 0) {
                    progress.update(splitter.position(), total, cards);
                }
            }
        } while (raw != null);
        repository.saveAll(tally.toSave());
        progress.update(splitter.position(), total, cards);
        splitter.warnings().forEach(w -> tally.warn(source + ", " + w));
        ImportReport report = tally.report();
        LOG.info("Imported {}: {} new, {} merged, {} skipped, {} warnings", source, report.imported(),
                report.merged(), report.skipped().size(), report.warnings().size());
        return report;
    }

    /** The cards' results in file order; the cards are read in parallel (each alone), merged later in order. */
    private static List<CardResult> readAll(List<RawCard> batch, String source) {
        return batch.parallelStream().map(card -> CardReader.read(card, source)).toList();
    }
}
