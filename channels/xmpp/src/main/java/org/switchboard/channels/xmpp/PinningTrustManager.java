package org.switchboard.channels.xmpp;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.support.CertificateFingerprint;

/**
 * Accepts a server whose leaf certificate's fingerprint is pinned on the account: the user accepted
 * exactly that certificate, so it is the server's identity whoever signed it (and a pinned
 * self-signed certificate does not pay for a PKIX path search bound to fail, about 25 ms of the
 * first connect). Any other chain is validated against the trust anchors; when that fails the
 * handshake fails and the fingerprint is kept for {@link ChannelErrors} to report. The anchors are
 * loaded when the first such chain arrives, so that a connect does not wait for the system trust
 * store (150 certificates parsed cold at start-up) before its TCP connection and stream are open.
 */
final class PinningTrustManager implements X509TrustManager {
    private static final Logger LOG = LoggerFactory.getLogger(PinningTrustManager.class);
    private final Supplier<X509TrustManager> loadAnchors;
    private volatile @Nullable X509TrustManager anchors;
    private final Set<String> pins;
    private volatile @Nullable String pinnedLeaf;
    private volatile @Nullable String rejectedLeaf;

    PinningTrustManager(Supplier<X509TrustManager> anchors, Set<String> pins) {
        this.loadAnchors = anchors;
        this.pins = pins;
    }

    private X509TrustManager anchors() {
        X509TrustManager loaded = anchors;
        if (loaded == null) {
            synchronized (this) {
                loaded = anchors;
                if (loaded == null) {
                    loaded = loadAnchors.get();
                    anchors = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        String fingerprint = CertificateFingerprint.of(chain[0]);
        if (pins.contains(fingerprint)) {
            LOG.debug("Server certificate {} is pinned on the account", fingerprint);
            pinnedLeaf = fingerprint;
            return;
        }
        try {
            anchors().checkServerTrusted(chain, authType);
            pinnedLeaf = null;
        } catch (CertificateException e) {
            rejectedLeaf = fingerprint;
            LOG.warn("Server certificate {} ({}) is not trusted and not pinned: {}", fingerprint,
                    chain[0].getSubjectX500Principal(), e.getMessage());
            throw new UntrustedCertificateException(fingerprint, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not checked here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors().getAcceptedIssuers();
    }

    /** True when the last accepted server certificate was accepted by its pin (hostname check skipped). */
    boolean acceptedByPin(X509Certificate leaf) {
        return CertificateFingerprint.of(leaf).equals(pinnedLeaf);
    }

    /** Records a trusted certificate that did not name the server, so that the user can pin it. */
    void hostnameMismatch(String fingerprint) {
        rejectedLeaf = fingerprint;
    }

    /** The fingerprint of the last refused certificate, if any. */
    @Nullable String rejectedFingerprint() {
        return rejectedLeaf;
    }

    /** The handshake failure that carries the refused certificate's fingerprint. */
    static final class UntrustedCertificateException extends CertificateException {
        private static final long serialVersionUID = 1L;
        private final String fingerprint;

        UntrustedCertificateException(String fingerprint, Throwable cause) {
            super("certificate " + fingerprint + " is not trusted", cause);
            this.fingerprint = fingerprint;
        }

        String fingerprint() {
            return fingerprint;
        }
    }
}
