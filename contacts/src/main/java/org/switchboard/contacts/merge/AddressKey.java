package org.switchboard.contacts.merge;

import java.util.Locale;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;

/**
 * What makes two endpoints "the same address": their kind and their normalised address compared
 * case-insensitively. Hash-map key for merge detection.
 */
public record AddressKey(EndpointKind kind, String address) {
    public AddressKey {
        address = address.toLowerCase(Locale.ROOT);
    }

    public static AddressKey of(Endpoint endpoint) {
        return new AddressKey(endpoint.kind(), endpoint.address());
    }

    /** "the email anna@example.org", for messages. */
    public String describe() {
        return switch (kind) {
            case EMAIL -> "the email " + address;
            case PHONE -> "the phone number " + address;
            case XMPP -> "the XMPP address " + address;
            case SIP -> "the SIP address " + address;
        };
    }
}
