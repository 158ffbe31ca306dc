package org.switchboard.contacts;

import java.util.Objects;

/**
 * A typed, validated and normalised address of a person: {@code barbie@example.org} (email or
 * XMPP), {@code sip:barbie@example.org}, {@code +491701234567}. Create one with {@link
 * Addresses#parse(EndpointKind, String)} so that it is always valid.
 *
 * @param kind what kind of address this is
 * @param address the normalised address (E.164 for phones, {@code sip:user@host} for SIP, bare
 *     address for email and XMPP)
 * @param label a free label such as "work" or "home"; empty when none
 */
public record Endpoint(EndpointKind kind, String address, String label) {
    public Endpoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(label, "label");
        if (address.isBlank()) {
            throw new IllegalArgumentException("empty " + kind.label() + " address");
        }
    }

    /** The address as a URI a system handler understands ({@code mailto:}, {@code xmpp:}, {@code tel:}). */
    public String uri() {
        return switch (kind) {
            case SIP -> address;
            case EMAIL, XMPP, PHONE -> kind.scheme() + ":" + address;
        };
    }

    /** True when both name the same address of the same kind, whatever their labels. */
    public boolean sameAddress(Endpoint other) {
        return kind == other.kind && address.equalsIgnoreCase(other.address);
    }
}
