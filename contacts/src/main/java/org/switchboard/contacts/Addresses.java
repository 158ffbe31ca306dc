package org.switchboard.contacts;

import java.util.Locale;
import java.util.Optional;

/** Validation and normalisation of every kind of address; the one place that knows their syntax. */
public final class Addresses {
    private Addresses() {}

    /**
     * A valid, normalised endpoint of {@code kind} from what a user typed or a file held.
     *
     * @throws InvalidAddressException naming the input and the problem
     */
    public static Endpoint parse(EndpointKind kind, String raw, String label) {
        String input = raw.strip();
        String address = switch (kind) {
            case EMAIL -> email(input, raw);
            case XMPP -> xmpp(input, raw);
            case SIP -> sip(input, raw);
            case PHONE -> PhoneNumbers.toE164(input);
        };
        return new Endpoint(kind, address, label.strip());
    }

    public static Endpoint parse(EndpointKind kind, String raw) {
        return parse(kind, raw, "");
    }

    /**
     * The endpoint a bare URI or address names, guessing the kind from its scheme or shape:
     * {@code mailto:}, {@code xmpp:}, {@code sip:}/{@code sips:}, {@code tel:}, a phone number, or
     * {@code user@host} (taken as email).
     */
    public static Optional<Endpoint> fromUri(String raw) {
        String input = raw.strip();
        String lower = input.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("mailto:")) {
                return Optional.of(parse(EndpointKind.EMAIL, input.substring(7)));
            } else if (lower.startsWith("xmpp:")) {
                return Optional.of(parse(EndpointKind.XMPP, input.substring(5)));
            } else if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
                return Optional.of(parse(EndpointKind.SIP, input));
            } else if (lower.startsWith("tel:") || input.matches("\\+?[0-9 ()./\\-]{3,}")) {
                return Optional.of(parse(EndpointKind.PHONE, input));
            } else if (input.contains("@")) {
                return Optional.of(parse(EndpointKind.EMAIL, input));
            }
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String email(String input, String raw) {
        String address = input.regionMatches(true, 0, "mailto:", 0, 7) ? input.substring(7) : input;
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new InvalidAddressException(EndpointKind.EMAIL, raw, "it needs the form name@domain");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (!AddressSyntax.isLocalPart(local) || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidAddressException(EndpointKind.EMAIL, raw, "the part before @ has characters an address cannot have");
        }
        if (!AddressSyntax.isDomain(domain)) {
            throw new InvalidAddressException(EndpointKind.EMAIL, raw, "\"" + domain + "\" is not a domain name");
        }
        return local + "@" + domain.toLowerCase(Locale.ROOT);
    }

    private static String xmpp(String input, String raw) {
        String jid = input.regionMatches(true, 0, "xmpp:", 0, 5) ? input.substring(5) : input;
        int query = jid.indexOf('?');
        if (query >= 0) {
            jid = jid.substring(0, query);
        }
        int slash = jid.indexOf('/');
        String bare = slash >= 0 ? jid.substring(0, slash) : jid;
        int at = bare.indexOf('@');
        if (at <= 0 || at == bare.length() - 1 || bare.indexOf('@', at + 1) >= 0) {
            throw new InvalidAddressException(EndpointKind.XMPP, raw, "it needs the form name@server");
        }
        String local = bare.substring(0, at);
        String domain = bare.substring(at + 1);
        if (local.chars().anyMatch(c -> Character.isWhitespace(c) || "\"&'/:<>@".indexOf(c) >= 0) || local.length() > 1023) {
            throw new InvalidAddressException(EndpointKind.XMPP, raw, "the name part has characters a JID cannot have");
        }
        if (!AddressSyntax.isDomain(domain)) {
            throw new InvalidAddressException(EndpointKind.XMPP, raw, "\"" + domain + "\" is not a server name");
        }
        return local.toLowerCase(Locale.ROOT) + "@" + domain.toLowerCase(Locale.ROOT);
    }

    private static String sip(String input, String raw) {
        String lower = input.toLowerCase(Locale.ROOT);
        String scheme;
        String rest;
        if (lower.startsWith("sips:")) {
            scheme = "sips:";
            rest = input.substring(5);
        } else if (lower.startsWith("sip:")) {
            scheme = "sip:";
            rest = input.substring(4);
        } else if (lower.matches("[a-z][a-z0-9+.\\-]*:.*") && !lower.matches("[^:@]*@.*")) {
            throw new InvalidAddressException(EndpointKind.SIP, raw, "it must start with sip: or sips:");
        } else {
            scheme = "sip:";
            rest = input;
        }
        int params = indexOfAny(rest, ";?>");
        String userHost = params >= 0 ? rest.substring(0, params) : rest;
        int at = userHost.lastIndexOf('@');
        String user = at >= 0 ? userHost.substring(0, at) : "";
        String hostPort = at >= 0 ? userHost.substring(at + 1) : userHost;
        if (at >= 0 && (user.isEmpty() || !AddressSyntax.isSipUser(user))) {
            throw new InvalidAddressException(EndpointKind.SIP, raw, "the user part is empty or has spaces or invalid characters");
        }
        if (hostPort.isEmpty() || !AddressSyntax.isHostPort(hostPort)) {
            throw new InvalidAddressException(EndpointKind.SIP, raw, "\"" + hostPort + "\" is not a host name");
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon > hostPort.lastIndexOf(']') && colon >= 0) {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new InvalidAddressException(EndpointKind.SIP, raw, "port " + port + " is out of range");
            }
        }
        String normalisedHost = hostPort.toLowerCase(Locale.ROOT);
        return scheme + (at >= 0 ? user + "@" : "") + normalisedHost;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
