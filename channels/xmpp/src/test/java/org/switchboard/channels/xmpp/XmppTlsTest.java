package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.support.CertificateFingerprint;

/** STARTTLS with certificate validation, pinning and refusal against a real Prosody. */
class XmppTlsTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice"), RosterSeeder.Seeding.nothing());

    private final XmppChannelFactory systemTrust = new XmppChannelFactory(Runnable::run, TrustAnchors.system());

    @Test
    void logsInOverStartTlsWhenTheSelfSignedCertificateIsPinned() throws Exception {
        try (XmppChannel channel = systemTrust.create(SERVER.pinnedAccount("alice"))) {
            channel.connect().get(10, TimeUnit.SECONDS);

            assertThat(channel.state()).isEqualTo(new ChannelState.Connected());
            assertThat(channel.offeredGroups()).as("x25519 alone was enough for Prosody").isEqualTo(KeyExchangeGroups.FAST);
        }
    }

    @Test
    void refusesAnUnpinnedUntrustedCertificateAndNamesItsFingerprint() throws Exception {
        String expected = CertificateFingerprint.of(SERVER.certificate());
        try (XmppChannel channel = systemTrust.create(SERVER.account("alice"))) {
            assertThatThrownBy(() -> channel.connect().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(ChannelException.CertificateRejected.class, rejected -> {
                        assertThat(rejected.sha256Fingerprint()).isEqualTo(expected).matches("SHA256(:[0-9A-F]{2}){32}");
                        assertThat(rejected.getMessage()).contains(expected);
                    });
            assertThat(channel.state()).isInstanceOf(ChannelState.Failed.class);
            assertThat(channel.offeredGroups()).as("a refused certificate is no reason to offer other groups").isEqualTo(KeyExchangeGroups.FAST);
        }
    }

    @Test
    void refusesAPinOfAnotherCertificate() throws Exception {
        XmppAccount wrongPin = SERVER.account("alice").withPinnedFingerprint("00".repeat(32));
        try (XmppChannel channel = systemTrust.create(wrongPin)) {
            assertThatThrownBy(() -> channel.connect().get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(ChannelException.CertificateRejected.class);
        }
    }

    @Test
    void trustsACertificateFromTheTrustAnchorsWhoseNameMatches() throws Exception {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("example.test", SERVER.certificate());
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.of(anchors));
        try (XmppChannel channel = factory.create(SERVER.account("alice"))) {
            channel.connect().get(10, TimeUnit.SECONDS);

            assertThat(channel.state()).isEqualTo(new ChannelState.Connected());
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() throws Exception {
        XmppAccount wrong = new XmppAccount("alice@example.test", SERVER.account("alice").server(), "nope"::toCharArray, true,
                java.util.Set.of(CertificateFingerprint.of(SERVER.certificate())));
        try (XmppChannel channel = systemTrust.create(wrong)) {
            assertThatThrownBy(() -> channel.connect().get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(ChannelException.AuthenticationFailed.class);
        }
    }
}
