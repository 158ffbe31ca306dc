package org.switchboard.channels.sip;

import java.text.ParseException;
import java.time.Duration;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.media.MediaException;

/**
 * A call someone places to us: prepared (media opened, their offer answered or refused with 488)
 * before it rings with 180, then answered with 200 and our answer, declined with 603, cancelled by
 * them (487, a missed call), or forwarded with 302.
 */
final class IncomingCall extends CallLeg {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingCall.class);
    static final Duration RING_TIMEOUT = Duration.ofMinutes(3);
    private final ServerTransaction invite;
    private final Request request;
    private final @Nullable Sdp offer;
    private final String toTag = SipEndpoint.tag();
    private OfferAnswer.@Nullable Agreement agreement;

    IncomingCall(CallContext ctx, SipCall call, ServerTransaction invite, @Nullable Sdp offer) {
        super(ctx, call);
        this.invite = invite;
        this.request = invite.getRequest();
        this.offer = offer;
    }

    /** Opens the media and answers the offer in advance; false when the call was refused (and answered) here. */
    boolean prepare() {
        try {
            openMedia();
        } catch (MediaException e) {
            LOG.warn("Refused the call {} from {}: no audio: {}", call.id(), call.remote().address(), e.getMessage());
            ctx.replies().refuse(invite, request, Response.TEMPORARILY_UNAVAILABLE, 399, "audio unavailable: " + e.getMessage());
            finish(EndReasons.failed("The audio could not start: " + e.getMessage()));
            return false;
        }
        if (offer != null) {
            try {
                agreement = agree(offer);
            } catch (SdpException e) {
                LOG.warn("Refused the call {} from {} with 488: {}", call.id(), call.remote().address(), e.getMessage());
                ctx.replies().refuse(invite, request, Response.NOT_ACCEPTABLE_HERE, e.warningCode(), e.getMessage());
                finish(EndReasons.failed("We could not agree on audio: " + e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** Sends 180 Ringing and starts the ring timeout. */
    void ring(@Nullable Duration forwardAfter, @Nullable String forwardTo) {
        ctx.replies().send(invite, request, Response.RINGING, toTag, ctx.replies()::contact);
        dialog = invite.getDialog();
        if (forwardAfter != null && forwardTo != null) {
            later(forwardAfter, "forward on no answer", () -> {
                if (call.state() instanceof CallState.Incoming) {
                    forward(forwardTo, "nobody answered");
                }
            });
        }
        later(RING_TIMEOUT, "ring timeout", () -> {
            if (call.state() instanceof CallState.Incoming) {
                ctx.replies().send(invite, request, Response.TEMPORARILY_UNAVAILABLE, toTag, r -> {});
                finish(EndReason.of(EndReason.Kind.MISSED));
            }
        });
    }

    @Override
    void answer() {
        if (!(call.state() instanceof CallState.Incoming)) {
            return;
        }
        OfferAnswer.Agreement agreed = agreement;
        Sdp body = agreed != null ? java.util.Objects.requireNonNull(agreed.answer())
                : stamp(origin -> OfferAnswer.offer(origin, local(), wanted()));
        boolean sent = ctx.replies().send(invite, request, Response.OK, toTag, response -> {
            ctx.replies().contact(response);
            ctx.replies().body(response, "application", "sdp", SdpCodec.write(body));
        });
        if (!sent) {
            finish(EndReasons.failed("The answer could not be sent"));
            return;
        }
        dialog = invite.getDialog();
        LOG.info("Answered the call {} from {}", call.id(), call.remote().address());
        if (agreed != null) {
            heldByThem(agreed.heldByThem());
            apply(agreed);
        } else {
            expectAnswerInAck(body);
        }
    }

    @Override
    void reject() {
        if (call.state() instanceof CallState.Incoming) {
            ctx.replies().send(invite, request, Response.DECLINE, toTag, r -> {});
            finish(EndReason.of(EndReason.Kind.REJECTED_BY_US));
        }
    }

    @Override
    void hangUp() {
        switch (call.state()) {
            case CallState.Incoming i -> reject();
            case CallState.Connected c -> bye(EndReason.of(EndReason.Kind.HUNG_UP));
            default -> { }
        }
    }

    @Override
    void onCancel(RequestEvent event, ServerTransaction transaction) {
        ctx.replies().send(transaction, event.getRequest(), Response.OK);
        if (call.state() instanceof CallState.Incoming) {
            ctx.replies().send(invite, request, Response.REQUEST_TERMINATED, toTag, r -> {});
            LOG.info("Call {} from {} was cancelled by the caller", call.id(), call.remote().address());
            finish(EndReason.of(EndReason.Kind.MISSED));
        }
    }

    /** Sends the caller to {@code target} with 302 Moved Temporarily. */
    void forward(String target, String why) {
        boolean sent = ctx.replies().send(invite, request, Response.MOVED_TEMPORARILY, toTag, response -> {
            try {
                response.addHeader(ctx.endpoint().sip.headers.createContactHeader(
                        ctx.endpoint().sip.addresses.createAddress(target)));
            } catch (ParseException e) {
                throw new IllegalArgumentException("cannot forward to " + target, e);
            }
        });
        LOG.info("Forwarded the call {} from {} to {} ({})", call.id(), call.remote().address(), target, why);
        finish(new EndReason(EndReason.Kind.MISSED, "302", sent ? "Forwarded to " + target + ": " + why
                : "Could not forward to " + target));
    }
}
