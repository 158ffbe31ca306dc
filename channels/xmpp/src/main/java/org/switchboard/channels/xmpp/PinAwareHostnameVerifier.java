package org.switchboard.channels.xmpp;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.jivesoftware.smack.java7.XmppHostnameVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.support.CertificateFingerprint;

/**
 * RFC 6125 hostname verification (Smack's) for certificates the trust anchors vouched for; a
 * certificate the user pinned by fingerprint is the identity itself, so its names are not checked.
 */
final class PinAwareHostnameVerifier implements HostnameVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(PinAwareHostnameVerifier.class);
    private final PinningTrustManager trust;
    private final HostnameVerifier names = new XmppHostnameVerifier();

    PinAwareHostnameVerifier(PinningTrustManager trust) {
        this.trust = trust;
    }

    @Override
    public boolean verify(String hostname, SSLSession session) {
        X509Certificate leaf;
        try {
            Certificate[] chain = session.getPeerCertificates();
            leaf = (X509Certificate) chain[0];
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            LOG.warn("TLS session to {} has no usable server certificate: {}", hostname, e.toString());
            return false;
        }
        if (trust.acceptedByPin(leaf)) {
            return true;
        }
        boolean ok = names.verify(hostname, session);
        if (!ok) {
            String fingerprint = CertificateFingerprint.of(leaf);
            trust.hostnameMismatch(fingerprint);
            LOG.warn("Server certificate {} does not name {}", fingerprint, hostname);
        }
        return ok;
    }
}
