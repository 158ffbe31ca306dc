package org.switchboard.channels.sip;

import java.text.ParseException;
import java.util.ListIterator;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.Telephony;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.channels.api.support.EventHub;

/**
 * Calls of one SIP account: dialling, and taking incoming INVITEs through the account's call
 * handling (Do-Not-Disturb, forwarding always, when busy or on no answer) before they ring. One call
 * at a time: a new INVITE while another call lives finds us busy (486, or forwarded when busy).
 */
final class SipTelephony implements Telephony, CallHandling {
    private static final Logger LOG = LoggerFactory.getLogger(SipTelephony.class);
    private final Signalling signalling;
    private final Executor events;
    private final Supplier<Optional<CallContext>> context;
    private final CallRegistry registry;
    private final EventHub<Call> incoming;
    private final AtomicReference<Rules> rules = new AtomicReference<>(Rules.NONE);

    SipTelephony(Signalling signalling, Executor events, Supplier<Optional<CallContext>> context, CallRegistry registry,
                 EventHub<Call> incoming) {
        this.signalling = signalling;
        this.events = events;
        this.context = context;
        this.registry = registry;
        this.incoming = incoming;
    }

    @Override
    public Call dial(Endpoint to) {
        String id = java.util.UUID.randomUUID() + "@switchboard";
        SipCall call = new SipCall(id, to, Optional.empty(), CallDirection.OUTGOING, new CallState.Dialling(), signalling, events);
        if (!signalling.run("dial " + to.address(), () -> start(call, to))) {
            call.end(EndReasons.failed("The SIP account is closed"));
        }
        return call;
    }

    private void start(SipCall placeholder, Endpoint to) {
        if (placeholder.isEnded()) {
            return;
        }
        Optional<CallContext> ctx = context.get();
        if (ctx.isEmpty()) {
            placeholder.end(EndReasons.failed("The SIP account is not connected"));
            return;
        }
        CallContext c = ctx.get();
        Address target;
        try {
            target = c.endpoint().sip.addresses.createAddress(c.endpoint().uri(SipUris.target(to, c.endpoint().account)));
        } catch (ParseException | IllegalArgumentException e) {
            placeholder.end(EndReasons.failed("Cannot call " + to.address() + " by SIP: " + e.getMessage()));
            return;
        }
        javax.sip.header.CallIdHeader callId;
        try {
            callId = c.endpoint().sip.headers.createCallIdHeader(placeholder.id());
        } catch (ParseException e) {
            placeholder.end(EndReasons.failed("Cannot call " + to.address() + ": " + e.getMessage()));
            return;
        }
        OutgoingCall leg = new OutgoingCall(c, placeholder, target, callId);
        placeholder.attach(leg);
        registry.put(leg);
        leg.start();
    }

    @Override
    public AutoCloseable onIncomingCall(Consumer<Call> listener) {
        return incoming.subscribe(listener);
    }

    @Override
    public void apply(Rules next) {
        next.forwardAlways().ifPresent(SipUris::checkForwardTarget);
        next.forwardWhenBusy().ifPresent(SipUris::checkForwardTarget);
        next.forwardOnNoAnswer().ifPresent(SipUris::checkForwardTarget);
        rules.set(next);
    }

    @Override
    public Rules rules() {
        return rules.get();
    }

    /** A new INVITE (no To tag), on the signalling thread. */
    void invited(RequestEvent event, @Nullable ServerTransaction transaction, CallContext ctx) {
        Request request = event.getRequest();
        if (transaction == null) {
            ctx.replies().send(null, request, Response.SERVER_INTERNAL_ERROR);
            return;
        }
        Endpoint caller = SipUris.endpoint(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI());
        String callId = ((javax.sip.header.CallIdHeader) request.getHeader(javax.sip.header.CallIdHeader.NAME)).getCallId();
        if (refusedBeforeRinging(request, transaction, ctx, caller)) {
            return;
        }
        ctx.replies().send(transaction, request, Response.TRYING);
        Sdp offer;
        try {
            offer = CallLeg.sdp(request).orElse(null);
        } catch (SdpException e) {
            LOG.warn("Refused INVITE {} from {} with 488: {}", callId, caller.address(), e.getMessage());
            ctx.replies().refuse(transaction, request, Response.NOT_ACCEPTABLE_HERE, e.warningCode(), e.getMessage());
            return;
        }
        Address from = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress();
        SipCall call = new SipCall(callId, caller, Optional.ofNullable(from.getDisplayName()), CallDirection.INCOMING,
                new CallState.Incoming(), signalling, events);
        IncomingCall leg = new IncomingCall(ctx, call, transaction, offer);
        call.attach(leg);
        if (!leg.prepare()) {
            return;
        }
        registry.put(leg);
        Rules current = rules.get();
        leg.ring(current.forwardOnNoAnswer().isPresent() ? current.noAnswerAfter() : null, current.forwardOnNoAnswer().orElse(null));
        LOG.info("Incoming call {} from {}", callId, caller.address());
        incoming.publish(call);
    }

    /** Refusals that need no media: a body we cannot read, required extensions, DND, forwarding, busy. */
    private boolean refusedBeforeRinging(Request request, ServerTransaction transaction, CallContext ctx, Endpoint caller) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        if (request.getRawContent() != null && request.getRawContent().length > 0 && type != null
                && !(type.getContentType().equalsIgnoreCase("application") && type.getContentSubType().equalsIgnoreCase("sdp"))) {
            LOG.warn("Refused INVITE from {} with 415: body of type {}/{}", caller.address(), type.getContentType(),
                    type.getContentSubType());
            ctx.replies().send(transaction, request, Response.UNSUPPORTED_MEDIA_TYPE, null,
                    r -> r.addHeader(accept(ctx, "application", "sdp")));
            return true;
        }
        Optional<String> unsupported = required(request);
        if (unsupported.isPresent()) {
            ctx.replies().send(transaction, request, Response.BAD_EXTENSION, null, r -> {
                try {
                    r.addHeader(ctx.endpoint().sip.headers.createUnsupportedHeader(unsupported.get()));
                } catch (ParseException e) {
                    LOG.debug("No Unsupported header: {}", e.toString());
                }
            });
            return true;
        }
        Rules current = rules.get();
        if (current.doNotDisturb()) {
            LOG.info("Do-Not-Disturb: refused a call from {}", caller.address());
            ctx.replies().send(transaction, request, Response.BUSY_HERE);
            return true;
        }
        if (current.forwardAlways().isPresent()) {
            return forward(transaction, request, caller, current.forwardAlways().get(), "forwarding always", ctx);
        }
        if (registry.busy()) {
            if (current.forwardWhenBusy().isPresent()) {
                return forward(transaction, request, caller, current.forwardWhenBusy().get(), "busy", ctx);
            }
            LOG.info("Busy: refused a call from {}", caller.address());
            ctx.replies().send(transaction, request, Response.BUSY_HERE);
            return true;
        }
        return false;
    }

    private boolean forward(ServerTransaction transaction, Request request, Endpoint caller, String target, String why,
                            CallContext ctx) {
        String uri = SipUris.target(SipUris.forwardEndpoint(target), ctx.endpoint().account);
        LOG.info("Forwarded a call from {} to {} ({})", caller.address(), uri, why);
        ctx.replies().send(transaction, request, Response.MOVED_TEMPORARILY, null, response -> {
            try {
                response.addHeader(ctx.endpoint().sip.headers.createContactHeader(ctx.endpoint().sip.addresses.createAddress(uri)));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot forward to " + uri, e);
            }
        });
        return true;
    }

    private static javax.sip.header.AcceptHeader accept(CallContext ctx, String type, String subtype) {
        try {
            return ctx.endpoint().sip.headers.createAcceptHeader(type, subtype);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> required(Request request) {
        ListIterator<?> headers = request.getHeaders(RequireHeader.NAME);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof RequireHeader require && !require.getOptionTag().isBlank()) {
                return Optional.of(require.getOptionTag());
            }
        }
        return Optional.empty();
    }

    /** Ends every call (the channel disconnects). */
    void endAll(EndReason reason) {
        for (CallLeg leg : registry.all()) {
            if (leg.call().state() instanceof CallState.Connected) {
                leg.bye(reason);
            } else {
                leg.hangUp();
                leg.finish(reason);
            }
        }
    }
}
