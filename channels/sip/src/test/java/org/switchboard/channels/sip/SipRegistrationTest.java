package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;

/** Registration against a real Kamailio: digest auth, renewal, un-registration, UDP, TCP and TLS with pins. */
class SipRegistrationTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "bob", "carol", "dave", "erin").withTls();

    private final SignallingOnlyMedia media = new SignallingOnlyMedia();
    private final SipChannelFactory factory = new SipChannelFactory(Runnable::run, media, SipTrust.system());
    private final List<SipChannel> channels = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeChannels() {
        channels.forEach(SipChannel::close);
        media.close();
    }

    private SipChannel channel(SipAccount account) {
        SipChannel channel = factory.create(account);
        channels.add(channel);
        return channel;
    }

    @Test
    void registersOverUdpAndUnregistersOnDisconnect() throws Exception {
        SipChannel alice = channel(KAMAILIO.account("alice", SipTransport.UDP));
        List<ChannelState> states = new CopyOnWriteArrayList<>();
        alice.onStateChange(states::add);

        alice.connect().get(10, TimeUnit.SECONDS);

        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
        assertThat(states).containsExactly(new ChannelState.Connecting(1), new ChannelState.Connected());
        assertThat(KAMAILIO.contacts("alice")).singleElement().asString().contains(alice.listening().orElseThrow());

        alice.disconnect().get(10, TimeUnit.SECONDS);

        assertThat(alice.state()).isEqualTo(new ChannelState.Disconnected());
        assertThat(KAMAILIO.contacts("alice")).isEmpty();
    }

    @Test
    void aWrongPasswordFailsWithOneAttemptAndNoRetries() throws Exception {
        SipAccount wrong = SipAccount.of("sip:bob@" + KamailioServer.DOMAIN, "not-the-password"::toCharArray)
                .withServer("127.0.0.1", KAMAILIO.port()).withLocalAddress(java.net.InetAddress.getLoopbackAddress(), 0);
        SipChannel bob = channel(wrong);

        assertThatThrownBy(() -> bob.connect().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(ChannelException.AuthenticationFailed.class)
                .hasMessageContaining("refused the user name or password of sip:bob@example.test");

        assertThat(bob.state()).isInstanceOf(ChannelState.Failed.class);
        assertThat(KAMAILIO.requests("REGISTER", "bob")).isEqualTo(2);
        assertThat(Await.holds(Duration.ofMillis(1500), () -> KAMAILIO.requests("REGISTER", "bob") == 2))
                .as("no further REGISTER after the refusal").isTrue();
    }

    @Test
    void renewsTheRegistrationBeforeItExpires() throws Exception {
        SipChannel carol = channel(KAMAILIO.account("carol", SipTransport.UDP)
                .withTimers(Duration.ofSeconds(10), Duration.ofSeconds(25)));
        carol.connect().get(10, TimeUnit.SECONDS);

        Await.untilTrue("a second registration", Duration.ofSeconds(12), () -> carol.registrations() >= 2);

        assertThat(carol.state()).isEqualTo(new ChannelState.Connected());
        assertThat(KAMAILIO.contacts("carol")).hasSize(1);
    }

    @Test
    void registersOverTcp() throws Exception {
        SipChannel dave = channel(KAMAILIO.account("dave", SipTransport.TCP));

        dave.connect().get(10, TimeUnit.SECONDS);

        assertThat(KAMAILIO.contacts("dave")).singleElement().asString().contains("transport=tcp");
    }

    @Test
    void tlsRefusesAnUnknownCertificateWithItsFingerprintAndAcceptsItPinned() throws Exception {
        SipChannel unpinned = channel(KAMAILIO.account("erin", SipTransport.TLS));

        assertThatThrownBy(() -> unpinned.connect().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(ChannelException.CertificateRejected.class,
                        e -> assertThat(e.sha256Fingerprint()).isEqualTo(fingerprint()));
        assertThat(unpinned.state()).isInstanceOf(ChannelState.Failed.class);

        SipChannel pinned = channel(KAMAILIO.account("erin", SipTransport.TLS).withPinnedFingerprint(fingerprint()));
        pinned.connect().get(10, TimeUnit.SECONDS);

        assertThat(KAMAILIO.contacts("erin")).singleElement().asString().contains("transport=tls");
    }

    private static String fingerprint() {
        try {
            return KAMAILIO.fingerprint();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
