package org.switchboard.channels.sip;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.support.CertificateFingerprint;

/**
 * Validates the server's chain and name (the socket asks for HTTPS-style endpoint identification)
 * against the trust anchors; a chain that fails either check is accepted only when its leaf
 * certificate's fingerprint is pinned on the account. Otherwise the handshake fails and the
 * fingerprint is kept for the channel to report as {@code CertificateRejected}.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {
    private static final Logger LOG = LoggerFactory.getLogger(PinningTrustManager.class);
    private final X509ExtendedTrustManager anchors;
    private final Set<String> pins;
    private volatile @Nullable String rejectedLeaf;

    PinningTrustManager(X509ExtendedTrustManager anchors, Set<String> pins) {
        this.anchors = anchors;
        this.pins = pins;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            anchors.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            acceptPinned(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        try {
            anchors.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            acceptPinned(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            anchors.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            acceptPinned(chain, e);
        }
    }

    private void acceptPinned(X509Certificate[] chain, CertificateException refusal) throws CertificateException {
        if (chain.length == 0) {
            throw refusal;
        }
        String fingerprint = CertificateFingerprint.of(chain[0]);
        if (!pins.contains(fingerprint)) {
            rejectedLeaf = fingerprint;
            LOG.warn("SIP server certificate {} ({}) is not trusted and not pinned: {}", fingerprint,
                    chain[0].getSubjectX500Principal(), refusal.getMessage());
            throw new CertificateException("certificate " + fingerprint + " is not trusted", refusal);
        }
        LOG.info("SIP server certificate {} is not trusted by the anchors but pinned on the account", fingerprint);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("client certificates are not accepted here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("client certificates are not accepted here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not accepted here");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.getAcceptedIssuers();
    }

    /** The fingerprint of the last refused certificate, if any. */
    @Nullable String rejectedFingerprint() {
        return rejectedLeaf;
    }
}
