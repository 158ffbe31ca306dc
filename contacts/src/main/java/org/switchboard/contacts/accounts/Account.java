package org.switchboard.contacts.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.switchboard.contacts.EndpointKind;

/**
 * One of the user's accounts.
 *
 * @param kind the protocol family (XMPP, SIP, EMAIL)
 * @param address the account's own normalised address ({@code alice@example.test}, {@code sip:alice@example.test})
 * @param server {@code host:port} to connect to, or empty to find it by DNS SRV like any client
 * @param transport for SIP: {@code udp}, {@code tcp} or {@code tls}; empty otherwise
 * @param enabled false while the user has switched the account off
 * @param trustedFingerprints SHA-256 fingerprints ({@code SHA256:AB:CD:…}) of certificates the user
 *     accepted although no system authority vouches for them
 */
public record Account(EndpointKind kind, String address, String server, String transport, boolean enabled,
                      List<String> trustedFingerprints) {
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:([0-9A-F]{2}:){31}[0-9A-F]{2}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.\\-]+):[0-9]{1,5}");

    public Account {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(transport, "transport");
        trustedFingerprints = List.copyOf(trustedFingerprints);
    }

    /** The key of this account in the secret store and on the command line: {@code xmpp:alice@example.test}. */
    public String key() {
        return kind == EndpointKind.SIP ? address : kind.id() + ":" + address;
    }

    /** Where the profile keeps this account's own settings ({@code account.sip:alice@example.test.}); removed with it. */
    public String settingsPrefix() {
        return settingsPrefix(key());
    }

    /** {@link #settingsPrefix()} of the account with {@code accountKey}. */
    public static String settingsPrefix(String accountKey) {
        return "account." + accountKey + ".";
    }

    public Account withEnabled(boolean on) {
        return new Account(kind, address, server, transport, on, trustedFingerprints);
    }

    public Account withTrusted(String fingerprint) {
        List<String> more = new java.util.ArrayList<>(trustedFingerprints);
        String normalised = normaliseFingerprint(fingerprint);
        if (!more.contains(normalised)) {
            more.add(normalised);
        }
        return new Account(kind, address, server, transport, enabled, more);
    }

    /**
     * {@code SHA256:AB:CD:…} (upper case, colon-separated) from what a user pasted: with or without the
     * {@code SHA256:} prefix, colons, spaces or lower case.
     *
     * @throws IllegalArgumentException naming the input when it is not 32 bytes of hex
     */
    public static String normaliseFingerprint(String input) {
        String hex = input.strip().replaceFirst("(?i)^sha-?256:", "").replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("\"" + input + "\" is not a SHA-256 fingerprint (64 hex digits, e.g. SHA256:AB:CD:…)");
        }
        StringBuilder out = new StringBuilder("SHA256:");
        for (int i = 0; i < 64; i += 2) {
            out.append(hex, i, i + 2).append(i < 62 ? ":" : "");
        }
        String result = out.toString();
        assert FINGERPRINT.matcher(result).matches();
        return result;
    }

    /**
     * Checks a {@code host:port} given by the user.
     *
     * @throws IllegalArgumentException naming the input when it is not host:port with a port in range
     */
    public static String checkServer(String input) {
        String server = input.strip();
        if (!HOST_PORT.matcher(server).matches()) {
            throw new IllegalArgumentException("\"" + input + "\" is not HOST:PORT (e.g. xmpp.example.org:5222)");
        }
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("\"" + input + "\": port " + port + " is out of range");
        }
        return server;
    }
}
