package org.switchboard.channels.xmpp;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The certificate authorities a channel trusts: the system's (the JDK's {@code cacerts}) or a
 * given key store. Pinned fingerprints on the account come on top; nothing is ever trusted blindly.
 */
public final class TrustAnchors {
    private final @Nullable KeyStore keyStore;

    private TrustAnchors(@Nullable KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** The system trust store. */
    public static TrustAnchors system() {
        return new TrustAnchors(null);
    }

    /** Exactly the certificates in {@code keyStore}. */
    public static TrustAnchors of(KeyStore keyStore) {
        return new TrustAnchors(keyStore);
    }

    X509TrustManager trustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore);
            return Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no X.509 trust manager"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the trust store", e);
        }
    }
}
