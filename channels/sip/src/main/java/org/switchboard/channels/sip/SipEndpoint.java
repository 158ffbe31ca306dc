package org.switchboard.channels.sip;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;

/**
 * Our SIP user agent while the channel is connected: the running stack, the account's own address
 * and Contact, and the requests it starts outside any dialog.
 */
final class SipEndpoint implements AutoCloseable {
    static final String USER_AGENT = "Switchboard";
    static final List<String> ALLOWED = List.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "MESSAGE", "INFO");
    private static final SecureRandom RANDOM = new SecureRandom();
    final JainSip sip;
    final SipAccount account;
    final InetAddress localAddress;
    final @Nullable PinningTrustManager trust;

    SipEndpoint(JainSip sip, SipAccount account, InetAddress localAddress, @Nullable PinningTrustManager trust) {
        this.sip = sip;
        this.account = account;
        this.localAddress = localAddress;
        this.trust = trust;
    }

    /** A new random tag for From or To. */
    static String tag() {
        return HexFormat.of().toHexDigits(RANDOM.nextLong());
    }

    /** The account's address of record with its display name, as From shows it. */
    Address self() throws ParseException {
        Address self = sip.addresses.createAddress(account.address());
        if (!account.displayName().isEmpty()) {
            self.setDisplayName(account.displayName());
        }
        return self;
    }

    /** Where we can be reached: {@code <sip:alice@192.0.2.1:5070;transport=tcp>}. */
    ContactHeader contact() throws ParseException {
        SipURI uri = sip.addresses.createSipURI(account.user(), sip.host());
        uri.setPort(sip.port());
        if (account.transport() != SipTransport.UDP) {
            uri.setTransportParam(account.transport().id());
        }
        return sip.headers.createContactHeader(sip.addresses.createAddress(uri));
    }

    CallIdHeader newCallId() {
        return sip.provider.getNewCallId();
    }

    /**
     * A request outside any dialog from us to {@code to}: Via (with rport), From with {@code fromTag},
     * To, Call-ID, CSeq, Max-Forwards and User-Agent; Contact for INVITE and REGISTER.
     */
    Request request(String method, URI target, Address to, CallIdHeader callId, long cseq, String fromTag)
            throws ParseException, InvalidArgumentException {
        ViaHeader via = sip.headers.createViaHeader(sip.host(), sip.port(), account.transport().id(), null);
        via.setRPort();
        Request request = sip.messages.createRequest(target, method, callId, sip.headers.createCSeqHeader(cseq, method),
                sip.headers.createFromHeader(self(), fromTag), sip.headers.createToHeader(to, null), List.of(via),
                sip.headers.createMaxForwardsHeader(70));
        request.addHeader(sip.headers.createUserAgentHeader(List.of(USER_AGENT)));
        if (method.equals(Request.INVITE) || method.equals(Request.REGISTER)) {
            request.addHeader(contact());
            request.addHeader(sip.headers.createAllowHeader(String.join(", ", ALLOWED)));
        }
        return request;
    }

    /** The URI of a target address ({@code sip:bob@example.test}), with {@code ;transport=} when not UDP. */
    URI uri(String sipAddress) throws ParseException {
        URI uri = sip.addresses.createURI(sipAddress);
        if (uri instanceof SipURI sipUri && account.transport() != SipTransport.UDP && sipUri.getTransportParam() == null
                && account.direct()) {
            sipUri.setTransportParam(account.transport().id());
        }
        return uri;
    }

    /** Stops the stack in the background; completes when its ports are free again. */
    java.util.concurrent.CompletableFuture<Void> stop() {
        return sip.stop();
    }

    @Override
    public void close() {
        sip.close();
    }
}
