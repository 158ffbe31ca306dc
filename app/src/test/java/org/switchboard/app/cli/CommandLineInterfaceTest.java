package org.switchboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.profile.Profile;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** The command line, in process, on a real profile (SQLite) in a temporary directory. */
class CommandLineInterfaceTest {
    private static final String CARDS = """
            BEGIN:VCARD
            VERSION:3.0
            FN:Barbie Roberts
            N:Roberts;Barbie;;;
            ORG:Mattel
            EMAIL;TYPE=work:barbie@mattel.example
            TEL;TYPE=cell:+49 170 1234567
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Ken Carson
            IMPP:xmpp:ken@chat.example.org
            END:VCARD
            """;

    @TempDir
    Path tmp;

    private final List<String> opened = new ArrayList<>();
    private int guiStarts;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cli = new CommandLineInterface(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Map.of(), (profile, rest) -> {
                    guiStarts++;
                    return ExitStatus.OK;
                }, opened::add, ReachContext.NO_ACCOUNTS, Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        String[] withProfile = new String[args.length + 2];
        withProfile[0] = "--profile";
        withProfile[1] = tmp.resolve("profile").toString();
        System.arraycopy(args, 0, withProfile, 2, args.length);
        int status = cli.run(withProfile);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path cards() throws IOException {
        Path file = tmp.resolve("cards.vcf");
        Files.writeString(file, CARDS.replace("\n", "\r\n"));
        return file;
    }

    @Test
    void emptyProfileListsNobody() {
        Run run = run("contacts", "list", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("[]");
        assertThat(Files.exists(tmp.resolve("profile/switchboard.db"))).isTrue();
    }

    @Test
    void importReportsTheSkippedCardAndListsTheOthersAsJson() throws IOException {
        Run imported = run("contacts", "import", cards().toString());

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("2 imported", "0 merged", "1 skipped");
        assertThat(imported.err()).contains("card 2", "line 9");

        Run list = run("contacts", "list", "--json");
        assertThat(list.out()).contains("\"name\":\"Barbie Roberts\"", "\"name\":\"Ken Carson\"",
                "{\"kind\":\"email\",\"address\":\"barbie@mattel.example\"", "{\"kind\":\"phone\",\"address\":\"+491701234567\"",
                "{\"kind\":\"xmpp\",\"address\":\"ken@chat.example.org\"", "\"id\":");
    }

    @Test
    void listFiltersLikeTheSearchField() throws IOException {
        run("contacts", "import", cards().toString());

        Run run = run("contacts", "list", "--query", "1701234");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Barbie Roberts").doesNotContain("Ken");
    }

    @Test
    void reachDryRunChoosesEmailWithNoAccountsAndOpensNothing() throws IOException {
        run("contacts", "import", cards().toString());

        Run run = run("reach", "Barbie", "--dry-run", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"channel\":\"email\"", "\"address\":\"barbie@mattel.example\"", "\"reason\":\"Email reaches Barbie Roberts");
        assertThat(opened).isEmpty();
    }

    @Test
    void reachHandsAMailtoToTheSystemMailClient() throws IOException {
        run("contacts", "import", cards().toString());

        Run run = run("reach", "barbie@mattel.example");

        assertThat(run.status()).isZero();
        assertThat(opened).containsExactly("mailto:barbie@mattel.example");
        assertThat(run("reach", "Barbie", "--json", "--dry-run").out()).contains("(used last time)");
    }

    @Test
    void reachSaysWhyThereIsNoWay() throws IOException {
        run("contacts", "import", cards().toString());

        Run run = run("reach", "Ken Carson", "--json", "--dry-run");

        assertThat(run.status()).isEqualTo(ExitStatus.UNREACHABLE);
        assertThat(run.out()).contains("\"reachable\":false", "\"channel\":null");
        assertThat(run.err().strip()).startsWith("No way to reach Ken Carson").doesNotContain("\n");
    }

    @Test
    void unknownPersonIsOneClearLine() {
        Run run = run("reach", "Nobody Here", "--dry-run");

        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err().strip()).isEqualTo("switchboard: no person matches \"Nobody Here\"");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("frobnicate").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("contacts", "list", "--bogus").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("contacts", "import").status()).isEqualTo(ExitStatus.USAGE);
        Run badIntent = run("reach", "Barbie", "--intent", "fax");
        assertThat(badIntent.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(badIntent.err()).contains("--intent must be any, chat, call or email, not 'fax'");
    }

    @Test
    void missingImportFileIsAFailureNamingTheFile() {
        Run run = run("contacts", "import", tmp.resolve("nope.vcf").toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err()).contains("nope.vcf");
    }

    @Test
    void exportThenImportIntoAnotherProfileKeepsEveryone() throws IOException {
        run("contacts", "import", cards().toString());
        Path exported = tmp.resolve("out.vcf");
        assertThat(run("contacts", "export", exported.toString()).status()).isZero();
        String before = run("contacts", "list", "--json").out().replaceAll("\"id\":\\d+", "");

        Files.move(tmp.resolve("profile"), tmp.resolve("old-profile"));
        assertThat(run("contacts", "import", exported.toString()).status()).isZero();

        assertThat(run("contacts", "list", "--json").out().replaceAll("\"id\":\\d+", "")).isEqualTo(before);
    }

    @Test
    void noVerbStartsTheGui() {
        Run run = run();

        assertThat(run.status()).isEqualTo(CommandLineInterface.GUI_STARTED);
        assertThat(guiStarts).isEqualTo(1);
    }

    private void seedHistory() {
        var profile = Profile.resolve(tmp.resolve("profile").toString(), Map.of()).ensureExists();
        try (var repository = SqlitePersonRepository.open(profile.databaseFile())) {
            Endpoint ken = new Endpoint(EndpointKind.XMPP, "ken@chat.example.org", "");
            repository.save(Person.named("Ken Carson", ken));
            Instant at = Instant.parse("2026-11-20T09:30:00Z");
            repository.messageHistory().appendAll(List.of(
                    MessageRecord.incoming("me@example.org", ken, "Lunch at Café Müller? <b>1pm</b>", at, "o1", "s1"),
                    MessageRecord.outgoing("me@example.org", ken, "yes, see you there", at.plusSeconds(60), "o2", null,
                            DeliveryState.SENT),
                    MessageRecord.incoming("me@example.org", new Endpoint(EndpointKind.XMPP, "stranger@x.example", ""),
                            "cafe\tnearby?", at.plusSeconds(120), "o3", null)));
        }
    }

    @Test
    void historySearchPrintsOneLinePerHitWithTheMatchMarked() {
        seedHistory();

        Run run = run("history", "search", "cafe");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "2026-11-20T09:32:00Z <- stranger@x.example: [cafe] nearby?",
                "2026-11-20T09:30:00Z <- ken@chat.example.org (Ken Carson): Lunch at [Café] Müller? <b>1pm</b>");
    }

    @Test
    void historySearchAsJsonNamesThePersonAndKeepsTheBodyAsText() {
        seedHistory();

        Run run = run("history", "search", "muller", "lun", "--json", "--limit", "5");

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).startsWith("[{\"id\":1,\"at\":\"2026-11-20T09:30:00Z\",\"direction\":\"in\"")
                .contains("\"peer\":{", "\"kind\":\"xmpp\"", "\"address\":\"ken@chat.example.org\"",
                        "\"person\":{\"id\":1,\"name\":\"Ken Carson\"}",
                        "\"body\":\"Lunch at Café Müller? <b>1pm</b>\"",
                        "\"snippet\":\"Lunch at Café Müller? <b>1pm</b>\"", "\"highlights\":[[0,5],[14,20]]")
                .endsWith("}]");
    }

    @Test
    void historySearchTakesHostileTextAndAnEmptyProfile() {
        assertThat(run("history", "search", "\"AND(", "--json").out().strip()).isEqualTo("[]");
        seedHistory();
        Run run = run("history", "search", "NEAR(\"", "*", "--json");
        assertThat(run.status()).isZero();
        assertThat(run.out()).as("the operator is a word (a prefix while typing)").contains("\"body\":\"cafe\\tnearby?\"");
    }

    @Test
    void historyUsageErrors() {
        assertThat(run("history").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("history", "search").err()).contains("usage: switchboard history search");
        assertThat(run("history", "search", "x", "--limit", "0").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("--help").out()).contains("history search TEXT");
    }
}
