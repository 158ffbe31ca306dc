package org.switchboard.contacts.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.PhoneNumbers;

/** Whatever the plain-card reader accepts must give exactly what ez-vcard's reader gives. */
class PlainCardsTest {
    private static final String[] NAMES = {"FN", "fn", "N", "ORG", "org", "TITLE", "EMAIL", "email", "TEL", "tel",
        "IMPP", "impp", "X-JABBER", "NOTE", "item1.TEL", "FN ", "EMAIL;TYPE=INTERNET", "email;type=work",
        "TEL;TYPE=CELL", "TEL;TYPE=work;TYPE=voice", "TEL;TYPE=work,voice", "TEL;CELL", "EMAIL;TYPE=", "TEL;TYPE=\"a,b\"",
        "IMPP;X-SERVICE-TYPE=jabber", "N;LANGUAGE=de", "FN;TYPE=x"};
    private static final String[] PLAIN_NAMES = {"FN", "N", "ORG", "TITLE", "EMAIL", "email", "TEL", "IMPP",
        "EMAIL;TYPE=INTERNET", "email;type=work", "TEL;TYPE=CELL", "TEL;TYPE=work;TYPE=voice"};
    private static final String[] VALUES = {"Anna Abel", "Abel;Anna;;;", "Da Silva;Émile;Jo;Dr.;PhD", "Abel;Anna",
        ";;;;", "Abel;;;;", "Acme GmbH", "Acme;Sales", "Acme;", ";Acme", "anna@example.org", "ANNA@Example.org",
        "not an email", "+49 170 1234567", "+491701234567", "0170 1234567", "tel:+491701234567", "12",
        "xmpp:anna@chat.example.org", "sip:anna@voip.example.org", "im:anna@example.org", "xmpp:a b", ":x",
        "a,b", "a\\,b", " padded", "trailing ", "", "x;y", "Jürgen Müller", "a^b", "\"quoted\"", "a.b"};

    @BeforeAll
    static void region() {
        PhoneNumbers.setDefaultRegion("DE");
    }

    @Test
    void agreesWithEzvcardOnRandomCards() {
        Random random = new Random(17);
        int plain = 0;
        for (int number = 1; number <= 30_000; number++) {
            List<String> lines = new ArrayList<>(List.of("BEGIN:VCARD", random.nextInt(20) == 0 ? "VERSION:4.0" : "VERSION:3.0"));
            String[] names = random.nextBoolean() ? PLAIN_NAMES : NAMES;
            for (int k = random.nextInt(6); k >= 0; k--) {
                lines.add(names[random.nextInt(names.length)] + ":" + VALUES[random.nextInt(VALUES.length)]);
            }
            lines.add("END:VCARD");
            RawCard raw = new RawCard(number, 10 * number, String.join("\r\n", lines) + "\r\n", null);
            plain += PlainCards.parse(raw.text()) != null ? 1 : 0;
            assertThat(CardReader.read(raw, "f.vcf", true)).as(raw.text()).isEqualTo(CardReader.read(raw, "f.vcf", false));
        }
        assertThat(plain).as("plain cards among them").isGreaterThan(2_000);
    }

    @Test
    void agreesWithEzvcardOnTheSampleFiles() throws Exception {
        for (String name : List.of("outlook-2.1.vcf", "apple-google-3.0.vcf", "thunderbird-4.0.vcf", "malformed-middle.vcf")) {
            try (InputStream in = Files.newInputStream(VcardImporterTest.resource(name))) {
                CardSplitter splitter = new CardSplitter(LineSource.of(in));
                for (RawCard raw = splitter.next(); raw != null; raw = splitter.next()) {
                    assertThat(CardReader.read(raw, name, true)).as(raw.text()).isEqualTo(CardReader.read(raw, name, false));
                }
            }
        }
    }

    @Test
    void declinesWhatItDoesNotKnow() {
        assertThat(PlainCards.parse("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nEND:VCARD\r\n")).isNull();
        assertThat(PlainCards.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n B\r\nEND:VCARD\r\n")).isNull();
        assertThat(PlainCards.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:A\r\nEND:VCARD\r\n")).isNull();
        assertThat(PlainCards.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n")).isNotNull();
    }
}
