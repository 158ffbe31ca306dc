package org.switchboard.channels.api.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.switchboard.contacts.accounts.Account;

/**
 * SHA-256 fingerprints of certificates in one format: {@code SHA256:} followed by the 32 bytes of
 * the digest of the DER encoding as upper-case hex pairs separated by colons
 * ({@code SHA256:AB:CD:…}), as {@code openssl x509 -fingerprint -sha256} prints them after the prefix.
 * Pins may be given with or without the prefix, colons or case; they are normalised. Shared by the
 * channels that pin server certificates (XMPP, SIP).
 */
public final class CertificateFingerprint {
    private static final String PREFIX = "SHA256:";

    private CertificateFingerprint() {}

    /** The fingerprint of {@code certificate}. */
    public static String of(X509Certificate certificate) {
        try {
            return format(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /**
     * {@code fingerprint} in the canonical form; rejects anything that is not 32 hex bytes. The one
     * rule is the stored account's ({@link Account#normaliseFingerprint}).
     */
    public static String normalise(String fingerprint) {
        return Account.normaliseFingerprint(fingerprint);
    }

    private static String format(byte[] digest) {
        return PREFIX + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
