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
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.contacts.Addresses;
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
    private final MapSecretStore secrets = new MapSecretStore();
    private String stdin = "";
    private int guiStarts;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cli = new CommandLineInterface(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), (profile, rest) -> {
                    guiStarts++;
                    return ExitStatus.OK;
                }, opened::add, ReachContext.NO_ACCOUNTS, Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC),
                secrets);
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

    /** Stores persons directly (an import would already merge those sharing an address); returns their ids. */
    private List<Long> stored(Person... persons) throws IOException {
        Files.createDirectories(tmp.resolve("profile"));
        try (var repository = SqlitePersonRepository.open(tmp.resolve("profile/switchboard.db"))) {
            return repository.saveAll(List.of(persons)).stream().map(p -> p.id().value()).toList();
        }
    }

    private List<Long> annaTwiceAndBen() throws IOException {
        return stored(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")),
                Person.named("Anna A.", Addresses.parse(EndpointKind.EMAIL, "ANNA@example.org"),
                        Addresses.parse(EndpointKind.PHONE, "+49 170 1234567")),
                Person.named("Ben Becker", Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org")));
    }

    @Test
    void duplicatesListsPairsSharingAnAddress() throws IOException {
        List<Long> ids = annaTwiceAndBen();

        Run json = run("contacts", "duplicates", "--json");
        Run text = run("contacts", "duplicates");

        assertThat(json.status()).isZero();
        assertThat(json.out().strip()).as("in list order (by name)").isEqualTo("[{\"first\":{\"id\":" + ids.get(1)
                + ",\"name\":\"Anna A.\"},\"second\":{\"id\":" + ids.get(0) + ",\"name\":\"Anna Abel\"},"
                + "\"reason\":\"both have the email anna@example.org\"}]");
        assertThat(text.out().strip()).isEqualTo(ids.get(1) + " Anna A.  +  " + ids.get(0)
                + " Anna Abel  (both have the email anna@example.org)");
        assertThat(json.err()).isEmpty();
    }

    @Test
    void mergeKeepsEveryAddressAndUnmergeRestoresThePerson() throws IOException {
        List<Long> ids = annaTwiceAndBen();
        String keep = ids.get(0).toString();
        String absorb = ids.get(1).toString();

        Run merged = run("contacts", "merge", keep, absorb);

        assertThat(merged.status()).isZero();
        assertThat(merged.err()).isEmpty();
        assertThat(merged.out()).contains("merged " + absorb + " into " + keep, "Anna Abel", "email:anna@example.org",
                "phone:+491701234567");
        assertThat(run("contacts", "duplicates", "--json").out().strip()).isEqualTo("[]");
        assertThat(run("contacts", "list").out()).doesNotContain("Anna A.");

        Run unmerged = run("contacts", "unmerge", absorb);

        assertThat(unmerged.status()).isZero();
        assertThat(unmerged.out()).contains("restored " + absorb, "Anna A.", "phone:+491701234567");
        String list = run("contacts", "list").out();
        assertThat(list).contains("Anna A.");
        assertThat(list.lines().filter(l -> l.contains("Anna Abel")).findFirst().orElseThrow())
                .doesNotContain("phone:");
        assertThat(run("contacts", "duplicates").out()).contains("both have the email anna@example.org");
    }

    @Test
    void mergeAndUnmergeOfUnknownIdsFailWithOneLine() throws IOException {
        List<Long> ids = annaTwiceAndBen();

        Run merge = run("contacts", "merge", ids.get(0).toString(), "999");
        Run unmerge = run("contacts", "unmerge", ids.get(2).toString());

        assertThat(merge.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(merge.err().strip()).isEqualTo("switchboard: There is no person 999 to merge (nothing was merged)");
        assertThat(unmerge.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(unmerge.err().strip()).isEqualTo("switchboard: Person " + ids.get(2)
                + " was not merged into anyone (nothing was unmerged)");
        assertThat(run("contacts", "list").out().lines().count()).isEqualTo(3);
    }

    @Test
    void mergeUsageErrorsExitWithTwo() {
        assertThat(run("contacts", "merge", "1").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("contacts", "merge", "1", "2", "3").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("contacts", "unmerge").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("contacts", "duplicates", "extra").status()).isEqualTo(ExitStatus.USAGE);
        Run notAnId = run("contacts", "merge", "anna", "2");
        assertThat(notAnId.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(notAnId.err()).contains("KEEP_ID must be a person id", "'anna'");
        Run itself = run("contacts", "merge", "2", "2");
        assertThat(itself.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(itself.err()).contains("cannot merge person 2 into itself");
        assertThat(run("--help").out()).contains("contacts duplicates [--json]", "contacts merge KEEP_ID ABSORB_ID",
                "contacts unmerge ID");
    }

    @Test
    void aLinkFromTheDesktopStartsTheGui() {
        assertThat(run("xmpp:ken@chat.example.org").status()).isEqualTo(CommandLineInterface.GUI_STARTED);
        assertThat(guiStarts).isEqualTo(1);
        assertThat(run("mailto:ken@example.org").status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void aSecondStartAndPresenceSetGoToTheWindowAlreadyRunningOnTheProfile() throws Exception {
        List<String> received = new ArrayList<>();
        var window = new org.switchboard.app.local.LocalCommands() {
            @Override
            public java.util.concurrent.CompletableFuture<String> setOwnStatus(OwnStatus status) {
                received.add("status " + status.mode() + " " + status.message());
                return java.util.concurrent.CompletableFuture.completedFuture("own status busy published by the running Switchboard");
            }

            @Override
            public java.util.concurrent.CompletableFuture<String> open(String uri) {
                received.add("open " + uri);
                return java.util.concurrent.CompletableFuture.completedFuture("opened " + uri + " in the running Switchboard");
            }

            @Override
            public java.util.concurrent.CompletableFuture<String> show() {
                received.add("show");
                return java.util.concurrent.CompletableFuture.completedFuture("brought the running Switchboard to the front");
            }
        };
        java.nio.file.Files.createDirectories(tmp.resolve("profile"));
        try (var api = org.switchboard.app.local.LocalApiServer.start(tmp.resolve("profile"), window)) {
            Run link = run("xmpp:ken@chat.example.org");
            Run again = run();
            Run status = run("presence", "set", "busy", "--message", "in a meeting");

            assertThat(link.status()).isZero();
            assertThat(link.out()).contains("opened xmpp:ken@chat.example.org in the running Switchboard");
            assertThat(again.status()).isZero();
            assertThat(status.status()).as(status.err()).isZero();
            assertThat(status.out()).contains("own status busy published by the running Switchboard");
            assertThat(guiStarts).isZero();
            assertThat(received).containsExactly("open xmpp:ken@chat.example.org", "show", "status BUSY in a meeting");
        }
    }

    @Test
    void noVerbStartsTheGui() {
        Run run = run();

        assertThat(run.status()).isEqualTo(CommandLineInterface.GUI_STARTED);
        assertThat(guiStarts).isEqualTo(1);
    }

    @Test
    void accountAddKeepsThePasswordOnlyInTheSecretStore() throws IOException {
        String fingerprint = "SHA256:" + "0A:".repeat(31) + "FF";
        stdin = "correct horse\n";

        Run added = run("account", "add", "--kind", "xmpp", "--address", "Alice@Example.test", "--server", "127.0.0.1:5222",
                "--password-stdin", "--trust", fingerprint.toLowerCase(), "--no-check");

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(secrets.all()).containsEntry("xmpp:alice@example.test", "correct horse");
        Run list = run("account", "list", "--json");
        assertThat(list.out()).contains("\"key\":\"xmpp:alice@example.test\"", "\"server\":\"127.0.0.1:5222\"", fingerprint)
                .doesNotContain("correct horse");
        for (Path file : Files.list(tmp.resolve("profile")).toList()) {
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("correct horse");
        }
    }

    @Test
    void accountRemoveForgetsThePasswordToo() {
        stdin = "pw\n";
        run("account", "add", "--kind", "sip", "--address", "alice@example.test", "--transport", "tcp", "--password-stdin");
        assertThat(secrets.all()).containsKey("sip:alice@example.test");

        Run removed = run("account", "remove", "alice@example.test");

        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(secrets.all()).isEmpty();
        assertThat(run("account", "list", "--json").out().strip()).isEqualTo("[]");
        assertThat(run("account", "remove", "alice@example.test").status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void accountAddRefusesBadInputWithUsageErrors() {
        stdin = "pw\n";
        assertThat(run("account", "add", "--kind", "xmpp", "--address", "alice@example.test").err())
                .contains("--password-stdin");
        Run badJid = run("account", "add", "--kind", "xmpp", "--address", "not a jid", "--password-stdin");
        assertThat(badJid.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(badJid.err()).contains("\"not a jid\"");
        assertThat(run("account", "add", "--kind", "fax", "--address", "a@b.c", "--password-stdin").status()).isEqualTo(ExitStatus.USAGE);
        assertThat(run("account", "add", "--kind", "xmpp", "--address", "a@b.c", "--trust", "SHA256:12", "--password-stdin").err())
                .contains("not a SHA-256 fingerprint");
        assertThat(run("account", "add", "--kind", "xmpp", "--address", "a@b.c", "--server", "nohost", "--password-stdin").err())
                .contains("not HOST:PORT");
        assertThat(secrets.all()).isEmpty();
    }

    @Test
    void anEmptyPasswordIsRefusedAndNothingIsStored() {
        stdin = "";
        Run run = run("account", "add", "--kind", "xmpp", "--address", "alice@example.test", "--password-stdin");

        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err()).contains("no password on standard input");
        assertThat(run("account", "list", "--json").out().strip()).isEqualTo("[]");
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
