package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.switchboard.channels.api.support.CertificateFingerprint;

/** The pin decides first; the anchors are asked only about certificates that are not pinned. */
class PinningTrustManagerTest {
    private final X509Certificate leaf = TrustAnchors.system().trustManager().getAcceptedIssuers()[0];

    @Test
    void aPinnedCertificateIsAcceptedWithoutAskingTheAnchors() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(() -> {
            throw new AssertionError("the anchors were consulted about a pinned certificate");
        }, Set.of(CertificateFingerprint.of(leaf)));

        trust.checkServerTrusted(new X509Certificate[] {leaf}, "RSA");

        assertThat(trust.acceptedByPin(leaf)).isTrue();
        assertThat(trust.rejectedFingerprint()).isNull();
    }

    @Test
    void aCertificateNeitherPinnedNorTrustedIsRefusedWithItsFingerprint() {
        PinningTrustManager trust = new PinningTrustManager(Refusing::new, Set.of("SHA256:00"));

        assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {leaf}, "RSA"))
                .isInstanceOf(PinningTrustManager.UntrustedCertificateException.class);

        assertThat(trust.rejectedFingerprint()).isEqualTo(CertificateFingerprint.of(leaf));
        assertThat(trust.acceptedByPin(leaf)).isFalse();
    }

    /** Anchors that trust nothing. */
    private static final class Refusing implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("refused");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("refused");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
