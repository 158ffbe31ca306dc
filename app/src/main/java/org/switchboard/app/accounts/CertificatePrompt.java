package org.switchboard.app.accounts;

import java.util.Locale;
import org.switchboard.contacts.accounts.Account;

/**
 * A server certificate the user must look at before the account may connect.
 *
 * @param accountKey the account that refused it
 * @param server the host that presented it
 * @param fingerprint as the channel reported it ({@code SHA256:AB:CD:…}), handed back on accept
 */
public record CertificatePrompt(String accountKey, String server, String fingerprint) {

    static CertificatePrompt of(Account account, String fingerprint) {
        return new CertificatePrompt(account.key(), host(account), fingerprint);
    }

    /** The fingerprint as people compare it: {@code AB:CD:…} without the prefix. */
    public String displayFingerprint() {
        return fingerprint.replaceFirst("(?i)^sha-?256:", "").toUpperCase(Locale.ROOT);
    }

    /** {@link #displayFingerprint()} in two lines of 16 bytes, so that it never breaks inside a byte. */
    public String fingerprintLines() {
        String shown = displayFingerprint();
        int half = 16 * 3;
        return shown.length() > half ? shown.substring(0, half - 1) + "\n" + shown.substring(half) : shown;
    }

    /** The whole question, in plain words. */
    public String question() {
        return "The server " + server + " presented a certificate no authority vouches for. SHA-256 fingerprint: "
                + displayFingerprint() + ". Accept only if it matches what your server admin gave you.";
    }

    private static String host(Account account) {
        if (!account.server().isEmpty()) {
            String server = account.server();
            return server.substring(0, server.lastIndexOf(':'));
        }
        String address = account.address();
        return address.substring(address.indexOf('@') + 1);
    }
}
