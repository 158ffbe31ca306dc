package org.switchboard.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** Prints the import rate for 20,000 simple cards; asserts only the outcome, never the time. */
class VcardImportRateTest {
    @TempDir
    Path dir;

    @Test
    void importsTwentyThousandGeneratedCards() throws Exception {
        int count = 20_000;
        Path file = dir.resolve("generated.vcf");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                out.write(VcardImporterTest.card("Person " + i, "N:Person;" + i + ";;;", "EMAIL;TYPE=work:person" + i
                        + "@example.org", "TEL;TYPE=cell:+49 170 " + (1_000_000 + i), "IMPP:xmpp:person" + i + "@chat.example.org"));
            }
        }
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(dir.resolve("rate.db"))) {
            long start = System.nanoTime();
            ImportReport report = new VcardImporter(repo).importFile(file, ImportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Imported %d cards in %.2f s: %.0f persons/s%n", count, seconds, count / seconds);
            assertThat(report.imported()).isEqualTo(count);
            assertThat(repo.count()).isEqualTo(count);
        }
    }
}
