package org.switchboard.contacts.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;

/**
 * Deterministic, realistic-looking persons for tests, screenshots and benchmarks: the same seed
 * always gives the same address book.
 */
public final class SamplePersons {
    private static final String[] GIVEN = {"Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hannes", "Ines", "Jonas",
        "Katrin", "Lukas", "Mira", "Nils", "Olga", "Paul", "Quentin", "Rosa", "Sven", "Tariq", "Ulla", "Viktor", "Wanda",
        "Xenia", "Yusuf", "Zoe", "Barbie", "Ken", "Chiara", "Dmitri", "Émile", "Jürgen", "Søren", "Maëlle"};
    private static final String[] FAMILY = {"Abel", "Becker", "Castro", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann",
        "Ivanova", "Jensen", "Kowalski", "Lehmann", "Müller", "Novak", "Okafor", "Petrov", "Quint", "Rossi", "Schmidt",
        "Tanaka", "Umar", "Vogel", "Weber", "Xu", "Yilmaz", "Zimmermann", "Nguyen", "O'Brien", "Da Silva"};
    private static final String[] ORGS = {"Acme GmbH", "Northwind", "Globex", "Initech", "Umbrella Health", "Stark Labs",
        "Wayne Logistics", "Hooli", "Bank of Examples", "Städtische Werke", "", "", ""};
    private static final String[] TITLES = {"Engineer", "Account Manager", "Designer", "Nurse", "Teacher", "CTO", "", ""};
    private static final String[] DOMAINS = {"example.org", "example.com", "mail.example.net", "example.test"};

    private SamplePersons() {}

    public static List<Person> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Person> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            persons.add(person(random, i));
        }
        return persons;
    }

    private static Person person(Random random, int index) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String user = ascii(given + "." + family).toLowerCase(Locale.ROOT) + index;
        String domain = DOMAINS[random.nextInt(DOMAINS.length)];
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint(EndpointKind.EMAIL, user + "@" + domain, "work"));
        if (random.nextInt(10) < 6) {
            endpoints.add(new Endpoint(EndpointKind.XMPP, user + "@chat." + domain, ""));
        }
        if (random.nextInt(10) < 4) {
            endpoints.add(new Endpoint(EndpointKind.SIP, "sip:" + user + "@voip." + domain, ""));
        }
        if (random.nextInt(10) < 7) {
            endpoints.add(new Endpoint(EndpointKind.PHONE, String.format(Locale.ROOT, "+49170%07d", (index * 7919L) % 10_000_000), "mobile"));
        }
        String org = ORGS[random.nextInt(ORGS.length)];
        LocalDate birthday = random.nextInt(4) == 0 ? LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
        return new Person(null, given + " " + family, new PersonName(family, given, "", "", ""), org,
                org.isEmpty() ? "" : TITLES[random.nextInt(TITLES.length)], "", birthday, null,
                random.nextInt(3) == 0 ? List.of("Friends") : List.of("Work"), endpoints, null, "");
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^A-Za-z.]", "");
    }
}
