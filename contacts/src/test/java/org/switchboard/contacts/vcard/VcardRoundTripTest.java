package org.switchboard.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PhoneNumbers;
import org.switchboard.contacts.store.SqlitePersonRepository;

class VcardRoundTripTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void region() {
        PhoneNumbers.setDefaultRegion("DE");
    }

    @ParameterizedTest
    @CsvSource({"outlook-2.1.vcf,V4_0", "outlook-2.1.vcf,V3_0", "apple-google-3.0.vcf,V4_0", "apple-google-3.0.vcf,V3_0",
        "thunderbird-4.0.vcf,V4_0", "thunderbird-4.0.vcf,V3_0"})
    void importExportImportGivesEqualPersons(String sample, VcardVersion version) throws Exception {
        List<Person> first = importInto("first-" + version + ".db", VcardImporterTest.resource(sample));
        Path exported = dir.resolve("out/export.vcf");
        new VcardExporter().export(first, exported, version);
        List<Person> second = importInto("second-" + version + ".db", exported);

        assertThat(withoutIds(second)).isEqualTo(withoutIds(first));
        assertThat(Files.readString(exported)).contains(version == VcardVersion.V4_0 ? "VERSION:4.0" : "VERSION:3.0");
        assertThat(Files.list(exported.getParent())).containsExactly(exported);
    }

    @ParameterizedTest
    @CsvSource({"outlook-2.1.vcf,X-AIM", "apple-google-3.0.vcf,X-SOCIALPROFILE", "thunderbird-4.0.vcf,UID"})
    void unknownPropertiesSurviveTheExport(String sample, String property) throws Exception {
        List<Person> persons = importInto("a.db", VcardImporterTest.resource(sample));
        Path exported = dir.resolve("export.vcf");
        new VcardExporter().export(persons, exported);
        assertThat(Files.readString(exported)).contains(property);
    }

    private List<Person> importInto(String db, Path file) throws Exception {
        try (SqlitePersonRepository repo = SqlitePersonRepository.open(dir.resolve(db))) {
            new VcardImporter(repo).importFile(file, ImportProgress.NONE);
            return repo.findAll();
        }
    }

    private static List<Person> withoutIds(List<Person> persons) {
        return persons.stream().map(p -> new Person(null, p.displayName(), p.name(), p.organization(), p.title(),
                p.note(), p.birthday(), p.photo(), p.categories(), p.endpoints(), p.preferredChannel(),
                p.extraVcard())).toList();
    }
}
