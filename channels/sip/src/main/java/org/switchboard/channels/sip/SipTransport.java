package org.switchboard.channels.sip;

import java.util.Locale;

/** How SIP messages travel to the server or peer. */
public enum SipTransport {
    UDP(5060),
    TCP(5060),
    TLS(5061);

    private final int defaultPort;

    SipTransport(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The port a server listens on when its address names none. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The name JAIN-SIP and the {@code transport=} URI parameter use ({@code udp}, {@code tcp}, {@code tls}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for TCP and TLS, where one connection carries everything and CRLF keeps it open. */
    public boolean connectionOriented() {
        return this != UDP;
    }

    /**
     * The transport an account names: {@code udp}, {@code tcp} or {@code tls} in any case; an empty
     * text means UDP.
     *
     * @throws IllegalArgumentException naming the input otherwise
     */
    public static SipTransport parse(String text) {
        String id = text.strip();
        if (id.isEmpty()) {
            return UDP;
        }
        for (SipTransport transport : values()) {
            if (transport.name().equalsIgnoreCase(id)) {
                return transport;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a SIP transport (udp, tcp or tls)");
    }
}
