package org.switchboard.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.contacts.testing.SamplePersons;
import org.switchboard.contacts.vcard.ImportProgress;
import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.contacts.vcard.VcardImporter;

/**
 * Imports 100,000 persons from one vCard 3.0 file into a fresh profile database, as
 * {@code switchboard contacts import} does (one transaction, merge detection on). Target: ≥ 20,000
 * persons/s.
 */
public final class ImportBench {
    private ImportBench() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("switchboard-import-bench");
        Path file = dir.resolve("persons.vcf");
        writeCards(SamplePersons.generate(count, 42), file);
        System.out.printf(Locale.ROOT, "import: %,d cards, %.1f MB file%n", count, Files.size(file) / 1e6);
        for (int round = 1; round <= rounds; round++) {
            Path db = dir.resolve("round-" + round + ".db");
            long start = System.nanoTime();
            ImportReport report;
            try (var repository = SqlitePersonRepository.open(db)) {
                report = new VcardImporter(repository).importFile(file, ImportProgress.NONE);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "import: round %d: %,d imported, %,d merged, %d skipped in %.2f s = %,.0f persons/s (target >= 20,000)%n",
                    round, report.imported(), report.merged(), report.skipped().size(), seconds, count / seconds);
        }
    }

    static void writeCards(List<Person> persons, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Person p : persons) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\n");
                out.write("FN:" + p.displayName() + "\r\n");
                out.write("N:" + p.name().family() + ";" + p.name().given() + ";;;\r\n");
                if (!p.organization().isEmpty()) {
                    out.write("ORG:" + p.organization() + "\r\n");
                }
                for (Endpoint e : p.endpoints()) {
                    out.write(switch (e.kind()) {
                        case EMAIL -> "EMAIL;TYPE=INTERNET:" + e.address();
                        case PHONE -> "TEL;TYPE=CELL:" + e.address();
                        case XMPP -> "IMPP:xmpp:" + e.address();
                        case SIP -> "IMPP:" + e.address();
                    } + "\r\n");
                }
                out.write("END:VCARD\r\n");
            }
        }
    }
}
