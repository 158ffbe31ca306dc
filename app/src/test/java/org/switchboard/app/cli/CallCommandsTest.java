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
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.sip.SipTrust;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.SharedMediaEngine;

/**
 * account add --kind sip, call, send (SIP MESSAGE) and doctor through the command line against a real Kamailio, a
 * baresip that answers, and the libjitsi engine on a private PulseAudio; in method-name order.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class CallCommandsTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "bob", "carol");
    private static final MapSecretStore SECRETS = new MapSecretStore();

    @TempDir
    static Path tmp;

    private record Run(int status, String out, String err) {}

    @BeforeAll
    static void audio() throws Exception {
        PulseAudioServer.shared();
    }

    private static Run run(String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cli = new CommandLineInterface(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), (profile, rest) -> 0, uri -> { },
                ReachContext.NO_ACCOUNTS, Clock.systemUTC(), SECRETS,
                List.of(ChannelFactory.sip(SipTrust.system(), SharedMediaEngine::get)))
                .withMedia(() -> Optional.of(SharedMediaEngine.get()));
        String[] withProfile = new String[args.length + 2];
        withProfile[0] = "--profile";
        withProfile[1] = tmp.resolve("profile").toString();
        System.arraycopy(args, 0, withProfile, 2, args.length);
        int status = cli.run(withProfile);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run addAlice(String password) {
        return run(password + "\n", "account", "add", "--kind", "sip", "--address", "sip:alice@" + KamailioServer.DOMAIN,
                "--server", "127.0.0.1:" + KAMAILIO.port(), "--transport", "udp", "--password-stdin");
    }

    @Test
    void a_aWrongPasswordIsRefusedAndNothingKeptThenTheRightOneRegisters() {
        Run refused = addAlice("not the password");

        assertThat(refused.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("sip:alice@example.test was not added");
        assertThat(SECRETS.all()).isEmpty();

        Run added = addAlice(KamailioServer.PASSWORD);

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(run("", "account", "list", "--json").out()).contains("\"kind\":\"sip\"", "\"transport\":\"udp\"");
    }

    @Test
    void b_callTalksToAnAnsweringPeerAndReportsTheAudioFigures() throws Exception {
        try (BaresipPeer bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).tone(440).start()) {
            Run call = run("", "call", bob.uri(), "--duration", "3", "--json");

            assertThat(call.status()).as(call.err()).isZero();
            assertThat(call.out()).contains("\"answered\":true", "\"outcome\":\"hung_up\"", "\"codec\":");
            long received = Long.parseLong(call.out().replaceAll("(?s).*\"packetsReceived\":([0-9]+).*", "$1"));
            double mos = Double.parseDouble(call.out().replaceAll("(?s).*\"mos\":([0-9.]+).*", "$1"));
            assertThat(received).as("RTP packets received in about 3 s").isGreaterThan(50);
            assertThat(mos).isGreaterThan(3.5);
        }
        try (var repository = SqlitePersonRepository.open(tmp.resolve("profile/switchboard.db"))) {
            var peer = Addresses.parse(EndpointKind.SIP, "sip:bob@" + KamailioServer.DOMAIN);
            assertThat(repository.messageHistory().timeline(Conversation.with(peer), null, 10))
                    .singleElement().isInstanceOfSatisfying(CallRecord.class, record -> {
                        assertThat(record.talked().toMillis()).isGreaterThan(2_000);
                        assertThat(record.quality().packetsReceived()).isGreaterThan(50);
                    });
        }
    }

    @Test
    void c_aCallToNobodySaysSoInPlainWords() {
        Run call = run("", "call", "sip:nobody@" + KamailioServer.DOMAIN, "--duration", "2");

        assertThat(call.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(call.err()).contains("sip:nobody@example.test was not reached: Nobody by that address was found");
    }

    @Test
    void d_doctorChecksTheRegistrationAndNamesTheAudioDevices() {
        Run doctor = run("", "doctor");

        assertThat(doctor.status()).as(doctor.out() + doctor.err()).isZero();
        assertThat(doctor.out()).contains("ok      sip:alice@example.test registration: registered",
                "ok      audio microphone: Test-Microphone", "ok      audio speaker: Test-Speaker");
    }

    @Test
    void e_aBadAddressIsAUsageError() {
        Run call = run("", "call", "sip:bar bie@example.test");

        assertThat(call.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(call.err()).contains("sip:bar bie@example.test");
    }

    @Test
    void f_sendToASipAddressGoesBySipMessageAndSucceedsOnceThePeerTookIt() throws Exception {
        try (BaresipPeer bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).start()) {
            Run sent = run("", "send", bob.uri(), "Hello", "Bob");

            assertThat(sent.status()).as(sent.err()).isZero();
            // bob's device answers 200 itself: delivered (acked if the report was not in yet)
            assertThat(sent.out()).containsPattern("sent to sip:bob@example.test from sip:alice@example.test \\((delivered|acked)\\)");
        }
        Run toNobody = run("", "send", "sip:nobody@" + KamailioServer.DOMAIN, "anyone?");

        assertThat(toNobody.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(toNobody.err()).contains("404");
    }
}
