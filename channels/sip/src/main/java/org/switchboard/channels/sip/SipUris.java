package org.switchboard.channels.sip;

import java.util.Locale;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;

/** Between the address book's endpoints and SIP URIs. */
final class SipUris {
    private SipUris() {}

    /**
     * The SIP URI that reaches {@code to} from {@code account}: a SIP address as it is, a phone
     * number through the account's domain ({@code sip:+4930…@example.test;user=phone}).
     *
     * @throws IllegalArgumentException when SIP cannot reach that kind of address from this account
     */
    static String target(Endpoint to, SipAccount account) {
        return switch (to.kind()) {
            case SIP -> to.address();
            case PHONE -> {
                if (account.direct()) {
                    throw new IllegalArgumentException("a phone number needs an account at a SIP provider");
                }
                yield "sip:" + to.address() + "@" + account.domain() + ";user=phone";
            }
            case XMPP, EMAIL -> throw new IllegalArgumentException("a " + to.kind().label() + " address is not a SIP address");
        };
    }

    /** The caller or callee behind {@code uri}, as the address book knows addresses. */
    static Endpoint endpoint(URI uri) {
        try {
            if (uri instanceof SipURI sip) {
                if ("phone".equalsIgnoreCase(sip.getUserParam()) && sip.getUser() != null) {
                    return Addresses.parse(EndpointKind.PHONE, sip.getUser());
                }
                String user = sip.getUser() == null ? "" : sip.getUser() + "@";
                String port = sip.getPort() > 0 ? ":" + sip.getPort() : "";
                return Addresses.parse(EndpointKind.SIP, (sip.isSecure() ? "sips:" : "sip:") + user + sip.getHost() + port);
            }
            if (uri instanceof TelURL tel) {
                return Addresses.parse(EndpointKind.PHONE, tel.getPhoneNumber());
            }
        } catch (IllegalArgumentException e) {
            // fall through: keep the URI as it came
        }
        return new Endpoint(EndpointKind.SIP, uri.toString(), "");
    }

    /** Where a forwarding rule sends calls: a SIP address or a phone number. */
    static Endpoint forwardEndpoint(String target) {
        String text = target.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sip:") || lower.startsWith("sips:") || text.contains("@")) {
            return Addresses.parse(EndpointKind.SIP, text);
        }
        return Addresses.parse(EndpointKind.PHONE, text);
    }

    /** @throws IllegalArgumentException naming {@code target} when it is neither a SIP address nor a phone number */
    static void checkForwardTarget(String target) {
        try {
            forwardEndpoint(target);
        } catch (InvalidAddressException e) {
            throw new IllegalArgumentException("\"" + target + "\" is neither a SIP address nor a phone number", e);
        }
    }
}
