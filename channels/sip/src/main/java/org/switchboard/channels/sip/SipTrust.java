package org.switchboard.channels.sip;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The certificate authorities SIP over TLS trusts: the system's (the JDK's {@code cacerts}) or a
 * given key store. The account's pinned fingerprints come on top; nothing is trusted blindly.
 */
public final class SipTrust {
    private final @Nullable KeyStore keyStore;

    private SipTrust(@Nullable KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    public static SipTrust system() {
        return new SipTrust(null);
    }

    /** Exactly the certificates in {@code keyStore}. */
    public static SipTrust of(KeyStore keyStore) {
        return new SipTrust(keyStore);
    }

    X509ExtendedTrustManager trustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509ExtendedTrustManager.class::isInstance)
                    .map(X509ExtendedTrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no X.509 trust manager"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the trust store", e);
        }
    }
}
