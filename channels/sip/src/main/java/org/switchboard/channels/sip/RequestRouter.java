package org.switchboard.channels.sip;

import gov.nist.javax.sip.DialogTimeoutEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sip.ClientTransaction;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the stack's events go on the signalling thread: responses and timeouts to the transaction
 * that waits for them, new INVITEs to telephony, in-dialog requests to their call, MESSAGE to
 * messaging, OPTIONS answered here, anything else refused with 405 or 501.
 */
final class RequestRouter implements StackEvents.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);
    private final Supplier<Optional<CallContext>> context;
    private final SipTelephony telephony;
    private final SipMessaging messaging;
    private final CallRegistry registry;
    private final Consumer<IOExceptionEvent> transportFailures;

    RequestRouter(Supplier<Optional<CallContext>> context, SipTelephony telephony, SipMessaging messaging, CallRegistry registry,
                  Consumer<IOExceptionEvent> transportFailures) {
        this.context = context;
        this.telephony = telephony;
        this.messaging = messaging;
        this.registry = registry;
        this.transportFailures = transportFailures;
    }

    @Override
    public void request(RequestEvent event, @Nullable ServerTransaction transaction) {
        Optional<CallContext> current = context.get();
        if (current.isEmpty()) {
            LOG.debug("A {} arrived while disconnected; dropped", event.getRequest().getMethod());
            return;
        }
        CallContext ctx = current.get();
        Request request = event.getRequest();
        Optional<CallLeg> leg = registry.find(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId());
        switch (request.getMethod()) {
            case Request.INVITE -> {
                if (hasToTag(request)) {
                    inDialog(leg, ctx, event, transaction, l -> l.onReinvite(event, java.util.Objects.requireNonNull(transaction)));
                } else if (leg.isPresent()) {
                    LOG.debug("A second INVITE for the live call {}; answered 482", leg.get().call().id());
                    ctx.replies().send(transaction, request, Response.LOOP_DETECTED);
                } else {
                    telephony.invited(event, transaction, ctx);
                }
            }
            case Request.ACK -> leg.ifPresent(l -> l.onAck(event));
            case Request.BYE -> inDialog(leg, ctx, event, transaction, l -> l.onBye(event, java.util.Objects.requireNonNull(transaction)));
            case Request.CANCEL -> inDialog(leg, ctx, event, transaction,
                    l -> l.onCancel(event, java.util.Objects.requireNonNull(transaction)));
            case Request.INFO -> inDialog(leg, ctx, event, transaction, l -> l.onInfo(event, java.util.Objects.requireNonNull(transaction)));
            case Request.MESSAGE -> messaging.received(event, transaction, ctx.replies());
            case Request.OPTIONS -> options(ctx, request, transaction);
            case Request.REGISTER, Request.PUBLISH, Request.SUBSCRIBE -> ctx.replies().send(transaction, request,
                    Response.METHOD_NOT_ALLOWED, null, this::allow);
            default -> ctx.replies().send(transaction, request, Response.NOT_IMPLEMENTED, null, this::allow);
        }
    }

    private static void inDialog(Optional<CallLeg> leg, CallContext ctx, RequestEvent event, @Nullable ServerTransaction transaction,
                                 Consumer<CallLeg> handle) {
        if (leg.isPresent() && transaction != null) {
            handle.accept(leg.get());
        } else {
            ctx.replies().send(transaction, event.getRequest(), Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
        }
    }

    private void options(CallContext ctx, Request request, @Nullable ServerTransaction transaction) {
        ctx.replies().send(transaction, request, Response.OK, null, response -> {
            allow(response);
            try {
                response.addHeader(ctx.replies().acceptHeader("application", "sdp"));
                response.addHeader(ctx.replies().acceptHeader("text", "plain"));
            } catch (java.text.ParseException e) {
                LOG.debug("No Accept header: {}", e.toString());
            }
        });
    }

    private void allow(Response response) {
        context.get().ifPresent(ctx -> {
            try {
                response.addHeader(ctx.endpoint().sip.headers.createAllowHeader(String.join(", ", SipEndpoint.ALLOWED)));
            } catch (java.text.ParseException e) {
                LOG.debug("No Allow header: {}", e.toString());
            }
        });
    }

    private static boolean hasToTag(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        return to != null && to.getTag() != null;
    }

    @Override
    public void response(ResponseEvent event) {
        context.get().ifPresent(ctx -> ctx.transactions().response(event));
    }

    @Override
    public void timeout(TimeoutEvent event) {
        ClientTransaction transaction = event.getClientTransaction();
        if (!event.isServerTransaction() && transaction != null) {
            context.get().ifPresent(ctx -> ctx.transactions().timeout(transaction));
        }
    }

    @Override
    public void transportFailure(IOExceptionEvent event) {
        LOG.debug("Transport failure towards {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
        transportFailures.accept(event);
    }

    @Override
    public void dialogTimeout(DialogTimeoutEvent event) {
        if (event.getDialog() != null && event.getDialog().getCallId() != null) {
            registry.find(event.getDialog().getCallId().getCallId()).ifPresent(CallLeg::onDialogTimeout);
        }
    }
}
