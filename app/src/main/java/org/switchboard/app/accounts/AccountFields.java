package org.switchboard.app.accounts;

import java.util.List;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.accounts.Account;

/**
 * What the account form and the account list say and check about an account's fields, for each kind
 * the GUI offers (XMPP and SIP): the address with {@link Addresses#parse}, the server with
 * {@link Account#checkServer}; a SIP account needs a user part. The server may stay empty: both
 * channels then find it by DNS SRV.
 */
final class AccountFields {
    /** The kinds of account the form can add, in the order it offers them. */
    static final List<EndpointKind> KINDS = List.of(EndpointKind.XMPP, EndpointKind.SIP);

    private AccountFields() {}

    /** What the kind is for, in the words the form and the list use. */
    static String kindName(EndpointKind kind) {
        return switch (kind) {
            case XMPP -> "XMPP (Jabber) — chat and presence";
            case SIP -> "SIP — voice calls and messages";
            default -> kind.label();
        };
    }

    static String addressPrompt(EndpointKind kind) {
        return kind == EndpointKind.SIP ? "sip:alice@example.org (or just alice@example.org)" : "alice@example.org";
    }

    static String serverPrompt(EndpointKind kind) {
        return kind == EndpointKind.SIP ? "optional: host:port, e.g. sip.example.org:5060 — found by DNS SRV when empty"
                : "optional: host:port — found automatically when empty";
    }

    /** Why {@code raw} is not an address of {@code kind}; empty when it is one or when nothing is typed yet. */
    static String addressProblem(EndpointKind kind, String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            normalisedAddress(kind, raw);
            return "";
        } catch (InvalidAddressException e) {
            return e.getMessage();
        }
    }

    /**
     * The address as stored: {@code alice@example.org} for XMPP, {@code sip:alice@example.org} for SIP
     * (a bare {@code alice@example.org} is taken as one).
     *
     * @throws InvalidAddressException naming the input and what is wrong
     */
    static String normalisedAddress(EndpointKind kind, String raw) {
        String address = Addresses.parse(kind, raw).address();
        if (kind == EndpointKind.SIP && !address.contains("@")) {
            throw new InvalidAddressException(kind, raw, "it needs a user name, as in sip:alice@example.org");
        }
        return address;
    }

    /** Why {@code raw} is not a server for {@code kind}; empty when it is one or when nothing is typed yet. */
    static String serverProblem(EndpointKind kind, String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            Account.checkServer(raw);
            return "";
        } catch (IllegalArgumentException e) {
            return kind == EndpointKind.SIP ? e.getMessage().replace("xmpp.example.org:5222", "sip.example.org:5060") : e.getMessage();
        }
    }

    /** The server as stored: {@code host:port}, or empty. */
    static String normalisedServer(String raw) {
        return raw.isBlank() ? "" : Account.checkServer(raw);
    }

    /** How the transport is offered: UDP, TCP, or TLS (encrypted). */
    static String transportName(SipTransport transport) {
        return transport == SipTransport.TLS ? "TLS (encrypted)" : transport.name();
    }

    /** The kind and where it connects, for the account list: {@code SIP over UDP · pbx.example.org:5060}. */
    static String details(Account account) {
        String where = account.server().isEmpty() ? "" : " · " + account.server();
        if (account.kind() == EndpointKind.SIP) {
            return "SIP over " + SipTransport.parse(account.transport()).name() + where;
        }
        return account.kind().label() + (account.server().isEmpty() ? " · server found automatically" : where);
    }
}
