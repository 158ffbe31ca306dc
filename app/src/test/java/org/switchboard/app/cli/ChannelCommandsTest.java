package org.switchboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.channels.xmpp.PeerClient;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** send, presence and account add against a real Prosody and a slixmpp peer, in process; in method-name order. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ChannelCommandsTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "peer"), seeder -> {
        seeder.write("alice", List.of(new RosterSeeder.Item("peer@example.test", "Peer", "Friends", "both")));
        seeder.write("peer", List.of(new RosterSeeder.Item("alice@example.test", "Alice", "", "both")));
    });
    private static PeerClient peer;

    @TempDir
    static Path tmp;
    private static final MapSecretStore SECRETS = new MapSecretStore();
    private static String fingerprint;

    private record Run(int status, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        peer = PeerClient.start(SERVER, "peer", false);
        fingerprint = CertificateFingerprint.of(SERVER.certificate());
    }

    @AfterAll
    static void stop() throws Exception {
        peer.close();
    }

    private static Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cli = new CommandLineInterface(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), (profile, rest) -> 0, uri -> { },
                ReachContext.NO_ACCOUNTS, Clock.systemUTC(), SECRETS, List.of(ChannelFactory.xmpp(TrustAnchors.system())));
        String[] withProfile = new String[args.length + 2];
        withProfile[0] = "--profile";
        withProfile[1] = tmp.resolve("profile").toString();
        System.arraycopy(args, 0, withProfile, 2, args.length);
        int status = cli.run(withProfile);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run addAlice(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("account", "add", "--kind", "xmpp", "--address", "alice@example.test",
                "--server", "127.0.0.1:" + SERVER.port(), "--password-stdin"));
        args.addAll(List.of(extra));
        return run(ProsodyServer.PASSWORD + "\n", args.toArray(String[]::new));
    }

    /** Runs first (method names sort): every other test needs the account that this one adds in the end. */
    @Test
    void a_accountAddRefusesAnUnknownCertificateAndKeepsNothingThenTrustsIt() {
        Run refused = addAlice();

        assertThat(refused.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(refused.err().strip()).doesNotContain("\n").contains(fingerprint, "--trust " + fingerprint, "not added");
        assertThat(run("", "account", "list", "--json").out().strip()).isEqualTo("[]");
        assertThat(SECRETS.all()).isEmpty();

        Run trusted = addAlice("--trust", fingerprint);

        assertThat(trusted.status()).as(trusted.err()).isZero();
        assertThat(run("", "account", "list", "--json").out()).contains("alice@example.test", fingerprint);
        assertThat(SECRETS.all()).containsKey("xmpp:alice@example.test");
    }

    @Test
    void b_sendIsAcknowledgedReceivedAndStored() {
        Run sent = run("", "send", "xmpp:peer@example.test", "hello from the command line");

        assertThat(sent.status()).as(sent.err()).isZero();
        // the server's ack, or already the peer's receipt when it overtook the ack
        assertThat(sent.out()).contains("sent to peer@example.test").containsPattern("\\((acked|delivered)\\)");
        peer.await("the message at the peer", e -> "hello from the command line".equals(e.get("body")));
        try (var repository = SqlitePersonRepository.open(tmp.resolve("profile/switchboard.db"))) {
            assertThat(repository.messageHistory().search("command line", 5)).hasSize(1);
        }
    }

    @Test
    void c_presenceAsJsonShowsThePeerAvailable() {
        Run presence = run("", "presence", "Peer", "--json");

        assertThat(presence.status()).as(presence.err()).isZero();
        assertThat(presence.out()).contains("\"name\":\"Peer\",\"presence\":\"available\"",
                "{\"kind\":\"xmpp\",\"address\":\"peer@example.test\",\"presence\":\"available\"");
    }

    @Test
    void d_presenceSetStoresAndPublishesTheStatus() {
        Run set = run("", "presence", "set", "away", "--message", "at lunch");

        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.out()).contains("own status away published on xmpp:alice@example.test");
        peer.await("alice away at the peer", e -> "presence".equals(e.get("event")) && "away".equals(e.get("show"))
                && String.valueOf(e.get("frm")).startsWith("alice@example.test"));
        try (var repository = SqlitePersonRepository.open(tmp.resolve("profile/switchboard.db"))) {
            assertThat(repository.settings().get("presence.mode")).contains("away");
            assertThat(repository.settings().get("presence.message")).contains("at lunch");
        }
        assertThat(run("", "presence", "set", "sleepy").status()).isEqualTo(ExitStatus.USAGE);
    }

    @Test
    void e_sendWithoutAMatchingAccountIsOneClearLine() {
        Run run = run("", "send", "peer@example.test", "hi", "--account", "xmpp:nobody@example.test");

        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err().strip()).isEqualTo("switchboard: there is no enabled XMPP account xmpp:nobody@example.test");
    }

    @Test
    void f_doctorChecksServerPasswordCertificateAndLoginInPlainWords() {
        Run doctor = run("", "doctor", "--json");

        assertThat(doctor.out()).contains(
                "{\"subject\":\"xmpp:alice@example.test\",\"check\":\"server\",\"verdict\":\"ok\"",
                "{\"subject\":\"xmpp:alice@example.test\",\"check\":\"password\",\"verdict\":\"ok\"",
                "{\"subject\":\"xmpp:alice@example.test\",\"check\":\"tls\",\"verdict\":\"ok\"",
                "{\"subject\":\"xmpp:alice@example.test\",\"check\":\"login\",\"verdict\":\"ok\",\"words\":\"logged in\"");
    }

    @Test
    void g_doctorSaysWhenTheServerRefusesThePassword() throws Exception {
        char[] good = SECRETS.lookup("xmpp:alice@example.test").orElseThrow();
        SECRETS.store("xmpp:alice@example.test", "wrong".toCharArray());
        try {
            Run doctor = run("", "doctor");

            assertThat(doctor.status()).isEqualTo(ExitStatus.FAILURE);
            assertThat(doctor.out()).containsPattern("PROBLEM xmpp:alice@example.test login: the server refused the user name or password");
        } finally {
            SECRETS.store("xmpp:alice@example.test", good);
        }
    }
}
