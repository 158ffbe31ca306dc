package org.switchboard.channels.xmpp;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;

/**
 * One XMPP account as the channel needs it.
 *
 * @param bareJid the account's address, {@code alice@example.test} (validated and normalised)
 * @param server where to connect instead of the DNS SRV lookup Smack does; {@code null} for SRV
 * @param password asked for at each connect (from the secret store); the characters are never logged
 * @param requireTls true (the default): refuse a server that does not offer STARTTLS
 * @param pinnedFingerprints SHA-256 fingerprints of certificates the user accepted although they
 *     fail validation, in the form of {@link CertificateFingerprint#of}
 */
public record XmppAccount(
        String bareJid, @Nullable Server server, Supplier<char[]> password, boolean requireTls, Set<String> pinnedFingerprints) {

    public XmppAccount {
        bareJid = Addresses.parse(EndpointKind.XMPP, bareJid).address();
        Objects.requireNonNull(password, "password");
        pinnedFingerprints = Set.copyOf(pinnedFingerprints.stream().map(CertificateFingerprint::normalise).toList());
    }

    /** An account that connects through DNS SRV, requires TLS and pins nothing. */
    public static XmppAccount of(String bareJid, Supplier<char[]> password) {
        return new XmppAccount(bareJid, null, password, true, Set.of());
    }

    public XmppAccount withServer(String host, int port) {
        return new XmppAccount(bareJid, new Server(host, port), password, requireTls, pinnedFingerprints);
    }

    public XmppAccount withRequireTls(boolean required) {
        return new XmppAccount(bareJid, server, password, required, pinnedFingerprints);
    }

    /** This account with one more accepted certificate fingerprint. */
    public XmppAccount withPinnedFingerprint(String fingerprint) {
        var pins = new java.util.HashSet<>(pinnedFingerprints);
        pins.add(fingerprint);
        return new XmppAccount(bareJid, server, password, requireTls, pins);
    }

    /** The local part of the address ("alice"). */
    String localpart() {
        return bareJid.substring(0, bareJid.indexOf('@'));
    }

    /** The XMPP domain of the address ("example.test"). */
    String domain() {
        return bareJid.substring(bareJid.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "XmppAccount[" + bareJid + (server == null ? "" : " via " + server) + ", requireTls=" + requireTls
                + ", pins=" + pinnedFingerprints.size() + "]";
    }

    /** A host and port to connect to. */
    public record Server(String host, int port) {
        public Server {
            if (host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a server address: " + host + ":" + port);
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }
}
