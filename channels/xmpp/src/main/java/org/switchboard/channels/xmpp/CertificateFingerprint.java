package org.switchboard.channels.xmpp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 fingerprints of certificates in one format: {@code SHA256:} followed by the 32 bytes of
 * the digest of the DER encoding as upper-case hex pairs separated by colons
 * ({@code SHA256:AB:CD:…}), as {@code openssl x509 -fingerprint -sha256} prints them after the prefix.
 * Pins may be given with or without the prefix, colons or case; they are normalised.
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

    /** {@code fingerprint} in the canonical form; rejects anything that is not 32 hex bytes. */
    public static String normalise(String fingerprint) {
        String hex = fingerprint.strip().toUpperCase(Locale.ROOT);
        if (hex.startsWith(PREFIX)) {
            hex = hex.substring(PREFIX.length());
        }
        hex = hex.replace(":", "");
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + fingerprint);
        }
        return format(HexFormat.of().parseHex(hex));
    }

    private static String format(byte[] digest) {
        return PREFIX + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
