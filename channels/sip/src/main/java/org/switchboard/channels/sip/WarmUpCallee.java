package org.switchboard.channels.sip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.MediaDirection;

/**
 * The far end of the SIP warm-up's {@link LoopbackCalls}: a private JAIN-SIP stack on the loopback
 * address that plays what Kamailio and an answering phone do for a call of ours. It challenges the
 * first INVITE with 407 (so that the caller answers later ones ahead), answers each INVITE with 100,
 * 180 and a 200 carrying Record-Route, Contact and an SDP answer, takes the ACK and answers BYE with
 * 200. It runs on its stack's threads and never sends a request.
 */
final class WarmUpCallee implements SipListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUpCallee.class);
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger byes = new AtomicInteger();
    private volatile boolean challenged;
    private volatile @Nullable JainSip sip;

    private WarmUpCallee() {}

    /** Starts listening on a free UDP port of {@code loopback}. */
    static WarmUpCallee start(InetAddress loopback) throws Exception {
        WarmUpCallee callee = new WarmUpCallee();
        callee.sip = JainSip.start("warm-up-callee", loopback, 0, SipTransport.UDP, null, null, "", callee);
        return callee;
    }

    /** Where it listens, as the caller's outbound proxy. */
    SipAccount.Server server() {
        JainSip stack = stack();
        return new SipAccount.Server(stack.host(), stack.port());
    }

    /** How many calls it saw acknowledged and hung up. */
    int acks() {
        return acks.get();
    }

    int byes() {
        return byes.get();
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            switch (request.getMethod()) {
                case Request.INVITE -> invited(request, transaction(event));
                case Request.ACK -> acks.incrementAndGet();
                case Request.BYE -> {
                    transaction(event).sendResponse(stack().messages.createResponse(Response.OK, request));
                    byes.incrementAndGet();
                }
                default -> LOG.debug("Warm-up callee: {} ignored", request.getMethod());
            }
        } catch (ParseException | SipException | InvalidArgumentException | SdpException | RuntimeException e) {
            LOG.debug("Warm-up callee: {} not answered: {}", request.getMethod(), e.toString());
        }
    }

    private ServerTransaction transaction(RequestEvent event) throws SipException {
        ServerTransaction given = event.getServerTransaction();
        return given != null ? given : stack().provider.getNewServerTransaction(event.getRequest());
    }

    private void invited(Request invite, ServerTransaction transaction)
            throws ParseException, SipException, InvalidArgumentException, SdpException {
        JainSip stack = stack();
        if (!challenged && invite.getHeader(ProxyAuthorizationHeader.NAME) == null) {
            challenged = true;
            Response challenge = stack.messages.createResponse(Response.PROXY_AUTHENTICATION_REQUIRED, invite);
            ((ToHeader) challenge.getHeader(ToHeader.NAME)).setTag(SipEndpoint.tag());
            ProxyAuthenticateHeader header = stack.headers.createProxyAuthenticateHeader("Digest");
            header.setRealm("warm-up");
            header.setNonce(Digest.newClientNonce());
            header.setAlgorithm("MD5");
            header.setQop("auth");
            challenge.addHeader(header);
            transaction.sendResponse(challenge);
            return;
        }
        transaction.sendResponse(stack.messages.createResponse(Response.TRYING, invite));
        String tag = SipEndpoint.tag();
        transaction.sendResponse(answer(Response.RINGING, invite, tag));
        Response ok = answer(Response.OK, invite, tag);
        Sdp offer = CallLeg.sdp(invite).orElseThrow(() -> new SdpException(399, "no offer"));
        LocalMedia ours = new LocalMedia(new InetSocketAddress(stack.host(), 40100), SipWarmUp.THEIRS, List.of(), false);
        Sdp answer = OfferAnswer.answer(offer, new Sdp.Origin("warm-up", "1", 1, stack.host()), ours, MediaDirection.SENDRECV)
                .answer();
        ok.setContent(SdpCodec.write(Objects.requireNonNull(answer)),
                stack.headers.createContentTypeHeader("application", "sdp"));
        transaction.sendResponse(ok);
    }

    /** A 180 or 200 as a proxy relays it: the callee's To tag, the proxy's Record-Route, the callee's Contact. */
    private Response answer(int status, Request invite, String tag) throws ParseException {
        JainSip stack = stack();
        Response response = stack.messages.createResponse(status, invite);
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(tag);
        String hostPort = stack.host() + ":" + stack.port();
        response.addHeader(stack.headers.createRecordRouteHeader(stack.addresses.createAddress("<sip:" + hostPort + ";lr>")));
        response.addHeader(stack.headers.createContactHeader(stack.addresses.createAddress("<sip:callee@" + hostPort + ">")));
        return response;
    }

    private JainSip stack() {
        return Objects.requireNonNull(sip, "not started");
    }

    @Override
    public void processResponse(ResponseEvent event) {}

    @Override
    public void processTimeout(TimeoutEvent event) {}

    @Override
    public void processIOException(IOExceptionEvent event) {}

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {}

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {}

    /** Stops the stack and frees its port. */
    @Override
    public void close() {
        JainSip stack = sip;
        if (stack != null) {
            stack.close();
        }
    }
}
