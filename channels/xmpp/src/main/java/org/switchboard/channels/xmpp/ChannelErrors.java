package org.switchboard.channels.xmpp;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.SmackException.SecurityRequiredByClientException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/** Turns Smack's exceptions into the {@link ChannelException} hierarchy, with plain words for the user. */
final class ChannelErrors {
    private ChannelErrors() {}

    static ChannelException map(Throwable failure, @Nullable PinningTrustManager trust) {
        Throwable e = unwrap(failure);
        if (e instanceof ChannelException known) {
            return known;
        }
        String rejected = rejectedFingerprint(e, trust);
        if (rejected != null) {
            return new ChannelException.CertificateRejected(rejected,
                    "The server's certificate is not trusted (" + rejected + "). Accept it only if you recognise this fingerprint.", e);
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new ChannelException.NotConnected("Interrupted.", e);
        }
        return switch (e) {
            case SASLErrorException sasl -> new ChannelException.AuthenticationFailed(
                    "The server refused the user name or password (" + sasl.getMechanism() + ").", e);
            case SecurityRequiredByClientException tls -> new ChannelException.NotConnected(
                    "The server does not offer an encrypted connection (STARTTLS), which this account requires.", e);
            case SmackException.NoResponseException timeout -> new ChannelException.Timeout("The server did not answer in time.", e);
            case XMPPException.XMPPErrorException error -> new ChannelException.RemoteError(
                    error.getStanzaError().getCondition().toString(), "The server answered with an error: "
                            + error.getStanzaError().getCondition() + ".", e);
            case SmackException.NotConnectedException nc -> new ChannelException.NotConnected("Not connected.", e);
            case SmackException.EndpointConnectionException ce -> new ChannelException.NotConnected(
                    "Cannot reach the server: " + ce.getMessage(), e);
            case IOException io -> new ChannelException.NotConnected("Connection failed: " + io.getMessage(), e);
            default -> new ChannelException.NotConnected("XMPP failure: " + e.getMessage(), e);
        };
    }

    private static @Nullable String rejectedFingerprint(Throwable e, @Nullable PinningTrustManager trust) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PinningTrustManager.UntrustedCertificateException untrusted) {
                return untrusted.fingerprint();
            }
            if (t instanceof java.security.cert.CertificateException || t instanceof javax.net.ssl.SSLException) {
                return trust == null ? null : trust.rejectedFingerprint();
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
