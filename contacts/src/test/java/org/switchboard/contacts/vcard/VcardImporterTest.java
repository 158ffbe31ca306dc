package org.switchboard.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.PhoneNumbers;
import org.switchboard.contacts.store.SqlitePersonRepository;

class VcardImporterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void region() {
        PhoneNumbers.setDefaultRegion("DE");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(VcardImporterTest.class.getResource("/vcard/" + name).toURI());
    }

    private SqlitePersonRepository repo() {
        return SqlitePersonRepository.open(dir.resolve("book.db"));
    }

    private static Person named(List<Person> persons, String name) {
        return persons.stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void outlookTwoOneWithQuotedPrintableCharsetAndXJabber() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            ImportReport report = new VcardImporter(repo).importFile(resource("outlook-2.1.vcf"), ImportProgress.NONE);
            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.skipped()).isEmpty();
            Person juergen = named(repo.findAll(), "Dr. Jürgen Müller");
            assertThat(juergen.name()).isEqualTo(new PersonName("Müller", "Jürgen", "", "Dr.", ""));
            assertThat(juergen.organization()).isEqualTo("Städtische Werke; Vertrieb");
            assertThat(juergen.note()).isEqualTo("Kunde seit 2009,\nimmer freundlich");
            assertThat(juergen.endpoints()).containsExactly(
                    new Endpoint(EndpointKind.PHONE, "+49301234567", "work"),
                    new Endpoint(EndpointKind.PHONE, "+491707654321", "mobile"),
                    new Endpoint(EndpointKind.EMAIL, "juergen.mueller@example.org", ""),
                    new Endpoint(EndpointKind.XMPP, "juergen@chat.example.org", ""));
            assertThat(juergen.extraVcard()).contains("X-AIM:juergenm", "Hauptstraße 1", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "REV:");
            assertThat(named(repo.findAll(), "Ngozi Okafor").extraVcard()).contains("X-ICQ:123456789");
        }
    }

    @Test
    void appleAndGoogleThreeZero() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            ImportReport report = new VcardImporter(repo).importFile(resource("apple-google-3.0.vcf"), ImportProgress.NONE);
            assertThat(report.imported()).isEqualTo(2);
            Person johnny = named(repo.findAll(), "Johnny Appleseed");
            assertThat(johnny.endpoints()).containsExactly(
                    new Endpoint(EndpointKind.EMAIL, "johnny@example.com", "work"),
                    new Endpoint(EndpointKind.PHONE, "+14085550100", "mobile"),
                    new Endpoint(EndpointKind.PHONE, "+14085550199", "Gate code phone"),
                    new Endpoint(EndpointKind.XMPP, "johnny@jabber.example.org", "home"));
            assertThat(johnny.birthday()).isEqualTo(LocalDate.of(1976, 4, 1));
            assertThat(johnny.categories()).containsExactly("Friends", "Work");
            assertThat(johnny.photo()).isNotNull();
            assertThat(johnny.photo().mediaType()).isEqualTo("image/png");
            assertThat(johnny.photo().data()).hasSizeGreaterThan(60);
            assertThat(johnny.extraVcard()).contains("skype:johnny.apple", "item3.ADR", "item4.URL", "item4.X-ABLabel",
                    "X-SOCIALPROFILE").doesNotContain("Mobile").doesNotContain("PRODID");
            Person greta = named(repo.findAll(), "Greta Hoffmann");
            assertThat(greta.endpoints()).extracting(Endpoint::address)
                    .containsExactly("greta.hoffmann@example.net", "+4915123456789");
            assertThat(greta.extraVcard()).contains("X-GOOGLE-TALK", "ADR");
        }
    }

    @Test
    void thunderbirdFourZeroWithTelUrisAndImpp() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            ImportReport report = new VcardImporter(repo).importFile(resource("thunderbird-4.0.vcf"), ImportProgress.NONE);
            assertThat(report.imported()).isEqualTo(2);
            Person soren = named(repo.findAll(), "Søren Jensen");
            assertThat(soren.endpoints()).containsExactly(
                    new Endpoint(EndpointKind.EMAIL, "soren@example.org", "work"),
                    new Endpoint(EndpointKind.PHONE, "+4520123456", "mobile"),
                    new Endpoint(EndpointKind.PHONE, "+4533123456", "work"),
                    new Endpoint(EndpointKind.XMPP, "soren@chat.example.org", ""),
                    new Endpoint(EndpointKind.SIP, "sip:soren@voip.example.org", ""));
            assertThat(soren.birthday()).isEqualTo(LocalDate.of(1985, 3, 12));
            assertThat(soren.photo().url()).isEqualTo("https://example.org/photos/soren.jpg");
            assertThat(soren.extraVcard()).contains("UID:2f0f5a46-9b2a-4e1c-9c43-4c7d6b0f5e11", "KIND:individual");
            Person mira = named(repo.findAll(), "Mira Novak");
            assertThat(mira.endpoints()).hasSize(3);
            assertThat(mira.extraVcard()).contains("not an email", "BDAY:--0415");
            assertThat(report.warnings()).anySatisfy(w -> assertThat(w)
                    .contains("thunderbird-4.0.vcf", "card 2", "not an email"));
        }
    }

    @Test
    void malformedCardInTheMiddleIsSkippedWithNumberAndLine() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            ImportReport report = new VcardImporter(repo).importFile(resource("malformed-middle.vcf"), ImportProgress.NONE);
            assertThat(repo.findAll()).extracting(Person::displayName).containsExactly("First Good", "Last Good");
            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.skipped()).containsExactly(
                    new SkippedCard(2, 6, "it has no END:VCARD before the next card"),
                    new SkippedCard(3, 10, "it has no name and no address"));
        }
    }

    @Test
    void cardsSharingAnAddressAreMergedWithStoredPersonsAndEachOther() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            repo.save(Person.named("Anna Stored", new Endpoint(EndpointKind.EMAIL, "anna@example.org", "")));
            String cards = card("Anna From File", "EMAIL:ANNA@example.org", "TEL:+49 170 5550001")
                    + card("Ben", "IMPP:xmpp:ben@example.org") + card("Benjamin", "X-JABBER:Ben@Example.org", "EMAIL:ben@example.com")
                    + card("Clara", "TEL:+49 170 5550001");
            ImportReport report = new VcardImporter(repo).importFrom(new StringReader(cards), "test input", ImportProgress.NONE);
            assertThat(report.imported()).isEqualTo(1);
            assertThat(report.merged()).isEqualTo(3);
            List<Person> all = repo.findAll();
            assertThat(all).extracting(Person::displayName).containsExactly("Anna Stored", "Ben");
            assertThat(named(all, "Anna Stored").endpoints()).extracting(Endpoint::address)
                    .containsExactly("anna@example.org", "+491705550001");
            assertThat(named(all, "Ben").endpoints()).extracting(Endpoint::address)
                    .containsExactly("ben@example.org", "ben@example.com");
        }
    }

    @Test
    void readFailureLeavesTheStoreUnchangedAndNamesTheInput() throws Exception {
        try (SqlitePersonRepository repo = repo()) {
            Person stored = repo.save(Person.named("Stored", new Endpoint(EndpointKind.EMAIL, "s@example.org", "")));
            byte[] good = (card("A", "EMAIL:a@example.org") + card("B", "EMAIL:b@example.org")).getBytes();
            InputStream failing = new InputStream() {
                private int next;

                @Override
                public int read() throws IOException {
                    if (next == good.length) {
                        throw new IOException("disk went away");
                    }
                    return good[next++];
                }
            };
            assertThatThrownBy(() -> new VcardImporter(repo).importFrom(failing, "usb-stick.vcf", -1, ImportProgress.NONE))
                    .isInstanceOf(IOException.class).hasMessageContaining("usb-stick.vcf").hasMessageContaining("disk went away");
            assertThat(repo.findAll()).containsExactly(stored);
        }
    }

    @Test
    void progressIsReportedEveryThousandCardsAndAtTheEnd() throws Exception {
        Path file = dir.resolve("many.vcf");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            text.append(card("P" + i, "EMAIL:p" + i + "@example.org"));
        }
        Files.writeString(file, text);
        List<Integer> cardsSeen = new java.util.ArrayList<>();
        try (SqlitePersonRepository repo = repo()) {
            new VcardImporter(repo).importFile(file, (read, total, cards) -> {
                assertThat(total).isEqualTo(text.length());
                assertThat(read).isLessThanOrEqualTo(total);
                cardsSeen.add(cards);
            });
        }
        assertThat(cardsSeen).containsExactly(1_000, 2_000, 2_500);
    }

    static String card(String name, String... lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\n" + String.join("\r\n", lines) + "\r\nEND:VCARD\r\n";
    }
}
