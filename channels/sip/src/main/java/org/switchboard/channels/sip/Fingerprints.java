package org.switchboard.channels.sip;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 certificate fingerprints as accounts store them: {@code SHA256:} and 32 upper-case hex
 * pairs separated by colons, the form {@code openssl x509 -fingerprint -sha256} prints.
 */
final class Fingerprints {
    private static final String PREFIX = "SHA256:";

    private Fingerprints() {}

    static String of(X509Certificate certificate) {
        try {
            return format(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** {@code fingerprint} in the canonical form, from any case, with or without prefix and colons. */
    static String normalise(String fingerprint) {
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
