package org.switchboard.channels.sip;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;

/**
 * One SIP account as the channel needs it. Build one with {@link #of} (registers at a server) or
 * {@link #direct} (no server: listens on a port and dials {@code sip:user@host:port} itself), then
 * refine it with the {@code with…} methods.
 *
 * @param address the account's own address of record, {@code sip:alice@example.test} (normalised)
 * @param server the registrar and outbound proxy; empty for the address's host on the transport's
 *     default port. Not used in direct mode
 * @param transport UDP, TCP or TLS, for registration and calls
 * @param password asked for at each digest challenge (from the secret store); the array is wiped after use
 * @param pinnedFingerprints SHA-256 fingerprints ({@code SHA256:AB:…}) of server certificates the user
 *     accepted although no trusted authority vouches for them
 * @param requireSrtp offer and accept only SRTP (RTP/SAVP with SDES keys)
 * @param direct no registrar: {@link org.switchboard.channels.api.Channel#connect()} only starts listening
 * @param localAddress the address to listen on and put into Contact and SDP; empty for the one that routes
 *     to the server
 * @param localPort the port to listen on; 0 for a free one
 * @param registrationExpiry how long a registration should last; it is renewed at half of what the server granted
 * @param keepAliveInterval how often the connection is probed (CRLF on TCP/TLS, OPTIONS on UDP); a probe that
 *     fails ends in {@link org.switchboard.channels.api.ChannelState.Interrupted}
 * @param displayName the name callees see; empty for none
 */
public record SipAccount(String address, Optional<Server> server, SipTransport transport, Supplier<char[]> password,
                         Set<String> pinnedFingerprints, boolean requireSrtp, boolean direct,
                         Optional<InetAddress> localAddress, int localPort, Duration registrationExpiry,
                         Duration keepAliveInterval, String displayName) {
    public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(10);
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(25);

    public SipAccount {
        address = Addresses.parse(EndpointKind.SIP, address).address();
        if (!address.contains("@")) {
            throw new IllegalArgumentException("\"" + address + "\" needs a user part: sip:user@host");
        }
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(password, "password");
        pinnedFingerprints = Set.copyOf(pinnedFingerprints.stream().map(CertificateFingerprint::normalise).toList());
        Objects.requireNonNull(localAddress, "localAddress");
        if (localPort < 0 || localPort > 65535) {
            throw new IllegalArgumentException("port " + localPort + " is out of range");
        }
        if (registrationExpiry.toSeconds() < 10 || keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
            throw new IllegalArgumentException("expiry must be at least 10 s and the keep-alive interval positive");
        }
        Objects.requireNonNull(displayName, "displayName");
    }

    /** An account that registers at the host of {@code address} over UDP, pins nothing, SRTP optional. */
    public static SipAccount of(String address, Supplier<char[]> password) {
        return new SipAccount(address, Optional.empty(), SipTransport.UDP, password, Set.of(), false, false,
                Optional.empty(), 0, DEFAULT_EXPIRY, DEFAULT_KEEP_ALIVE, "");
    }

    /**
     * An account with no registrar: it listens on {@code localAddress:port} (0 for a free port) and
     * calls and messages {@code sip:user@host:port} addresses directly.
     */
    public static SipAccount direct(String address, InetAddress localAddress, int port) {
        return new SipAccount(address, Optional.empty(), SipTransport.UDP, () -> new char[0], Set.of(), false, true,
                Optional.of(localAddress), port, DEFAULT_EXPIRY, DEFAULT_KEEP_ALIVE, "");
    }

    public SipAccount withServer(String host, int port) {
        return new SipAccount(address, Optional.of(new Server(host, port)), transport, password, pinnedFingerprints,
                requireSrtp, direct, localAddress, localPort, registrationExpiry, keepAliveInterval, displayName);
    }

    public SipAccount withTransport(SipTransport other) {
        return new SipAccount(address, server, other, password, pinnedFingerprints, requireSrtp, direct, localAddress,
                localPort, registrationExpiry, keepAliveInterval, displayName);
    }

    public SipAccount withPinnedFingerprint(String fingerprint) {
        Set<String> pins = new HashSet<>(pinnedFingerprints);
        pins.add(fingerprint);
        return new SipAccount(address, server, transport, password, pins, requireSrtp, direct, localAddress, localPort,
                registrationExpiry, keepAliveInterval, displayName);
    }

    public SipAccount withRequireSrtp(boolean required) {
        return new SipAccount(address, server, transport, password, pinnedFingerprints, required, direct, localAddress,
                localPort, registrationExpiry, keepAliveInterval, displayName);
    }

    public SipAccount withLocalAddress(InetAddress local, int port) {
        return new SipAccount(address, server, transport, password, pinnedFingerprints, requireSrtp, direct,
                Optional.of(local), port, registrationExpiry, keepAliveInterval, displayName);
    }

    public SipAccount withTimers(Duration expiry, Duration keepAlive) {
        return new SipAccount(address, server, transport, password, pinnedFingerprints, requireSrtp, direct, localAddress,
                localPort, expiry, keepAlive, displayName);
    }

    public SipAccount withDisplayName(String name) {
        return new SipAccount(address, server, transport, password, pinnedFingerprints, requireSrtp, direct, localAddress,
                localPort, registrationExpiry, keepAliveInterval, name.strip());
    }

    /** The user part of the address ({@code alice}), also the digest user name. */
    public String user() {
        String rest = address.substring(address.indexOf(':') + 1);
        return rest.substring(0, rest.lastIndexOf('@'));
    }

    /** The host part of the address ({@code example.test}), the registrar's domain and digest realm's usual value. */
    public String domain() {
        String hostPort = address.substring(address.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        return colon > hostPort.lastIndexOf(']') ? hostPort.substring(0, colon) : hostPort;
    }

    /** Where REGISTER and every request outside a dialog go: the server, or the domain on the default port. */
    Server outboundProxy() {
        return server.orElseGet(() -> new Server(domain(), transport.defaultPort()));
    }

    @Override
    public String toString() {
        return "SipAccount[" + address + (direct ? " direct" : " via " + outboundProxy()) + "/" + transport.id()
                + ", srtp=" + (requireSrtp ? "required" : "optional") + ", pins=" + pinnedFingerprints.size() + "]";
    }

    /** A host and port to connect to. */
    public record Server(String host, int port) {
        public Server {
            if (host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a server address: " + host + ":" + port);
            }
        }

        /**
         * {@code host:port} (an IPv6 host in brackets) as an account stores it.
         *
         * @throws IllegalArgumentException naming the input when it is not that
         */
        public static Server parse(String hostPort) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || colon < hostPort.lastIndexOf(']')) {
                throw new IllegalArgumentException("\"" + hostPort + "\" is not HOST:PORT");
            }
            try {
                return new Server(hostPort.substring(0, colon).replace("[", "").replace("]", ""),
                        Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + hostPort + "\" is not HOST:PORT", e);
            }
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }
}
