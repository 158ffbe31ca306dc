package org.switchboard.channels.sip;

import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaException;

/**
 * A call we place: INVITE with our offer, ringing on 180/183 (the audio prepared meanwhile, plain RTP),
 * connected, media and then ACK on 2xx, redirects
 * followed (up to three), CANCEL when the user gives up while it rings (sent once the callee's
 * side answered provisionally, as RFC 3261 §9.1 asks), and every other final answer as an end reason.
 */
final class OutgoingCall extends CallLeg {
    private static final Logger LOG = LoggerFactory.getLogger(OutgoingCall.class);
    static final Duration RING_TIMEOUT = Duration.ofSeconds(120);
    private static final int MAX_REDIRECTS = 3;
    private final Address to;
    private final CallIdHeader callId;
    private final String fromTag = SipEndpoint.tag();
    private @Nullable Exchange invite;
    private @Nullable Sdp offer;
    private boolean provisional;
    private boolean cancelWanted;
    private boolean cancelSent;
    private int redirects;

    OutgoingCall(CallContext ctx, SipCall call, Address to, CallIdHeader callId) {
        super(ctx, call);
        this.to = to;
        this.callId = callId;
    }

    /** Opens the media session (ports and keys for the offer) and sends the INVITE. */
    void start() {
        try {
            openMedia();
        } catch (MediaException e) {
            LOG.warn("Call {} to {}: no audio: {}", call.id(), call.remote().address(), e.getMessage());
            finish(EndReasons.failed("The audio could not start: " + e.getMessage()));
            return;
        }
        offer = stamp(origin -> OfferAnswer.offer(origin, local(), MediaDirection.SENDRECV));
        send(to.getURI(), 1);
        later(RING_TIMEOUT, "no answer", this::noAnswer);
    }

    /**
     * Once it rings, a plain RTP call opens its microphone and encoder, so that audio flows within a
     * packet time of the answer: for the codec this peer agreed to last time (a peer called for the
     * first time gets its audio started on the answer). Not
     * before: the INVITE and the peer's first answers get the CPU to themselves. With SRTP the peer's
     * key is needed first, so those start on the answer.
     */
    private void prepareAudio() {
        CallMedia current = media;
        LocalMedia local = local();
        if (current == null || local.requireSrtp() || call.isEnded()) {
            return;
        }
        java.util.List<org.switchboard.media.AudioFormat> codecs = local.formats().stream()
                .filter(format -> !format.isTelephoneEvent()).toList();
        // only a codec this peer agreed to before: a prepared stream answered with another codec must start
        // afresh, which costs more than starting on the answer
        ctx.codecs().last(call.remote().address())
                .flatMap(agreed -> codecs.stream().filter(agreed::sameCodec).findFirst())
                .ifPresent(current::prepare);
    }

    private void send(URI requestUri, long cseq) {
        Request request;
        try {
            request = ctx.endpoint().request(Request.INVITE, requestUri, to, callId, cseq, fromTag);
            request.setContent(SdpCodec.write(java.util.Objects.requireNonNull(offer)), sdpType());
        } catch (ParseException | InvalidArgumentException e) {
            finish(EndReasons.failed("The call could not be placed: " + e.getMessage()));
            return;
        }
        LOG.info("Calling {} (Call-ID {})", requestUri, call.id());
        Exchange exchange = ctx.transactions().send(request, null, this::provisional);
        invite = exchange;
        exchange.outcome().thenAccept(outcome -> answered(exchange, outcome));
    }

    private void provisional(Response response) {
        if (response.getStatusCode() == Response.TRYING) {
            return;
        }
        if (!provisional) {
            prepareAudio();
        }
        provisional = true;
        call.ringing();
        if (cancelWanted && !cancelSent) {
            cancel();
        }
    }

    private void answered(Exchange exchange, Outcome outcome) {
        if (exchange != invite) {
            return;
        }
        switch (outcome) {
            case Outcome.Answered a when a.success() -> connected(a);
            case Outcome.Answered a when a.status() / 100 == 3 && !call.isEnded() && redirects < MAX_REDIRECTS
                    && redirect(a).isPresent() -> {
                redirects++;
                URI target = redirect(a).orElseThrow();
                LOG.info("Call {} redirected to {} ({})", call.id(), target, a.describe());
                provisional = false;
                send(target, ((CSeqHeader) a.response().getHeader(CSeqHeader.NAME)).getSeqNumber() + 1);
            }
            case Outcome.Answered a -> {
                LOG.info("Call {} to {} refused: {}", call.id(), call.remote().address(), a.describe());
                finish(EndReasons.forStatus(a.status(), a.response().getReasonPhrase()));
            }
            case Outcome.TimedOut t -> finish(EndReasons.forStatus(408, "Request Timeout"));
            case Outcome.Unreachable u -> {
                LOG.warn("Call {} to {} could not be placed: {}", call.id(), call.remote().address(), u.reason());
                finish(EndReasons.failed("The call could not reach the other side: " + u.reason()));
            }
        }
    }

    private static Optional<URI> redirect(Outcome.Answered answered) {
        ContactHeader contact = (ContactHeader) answered.response().getHeader(ContactHeader.NAME);
        return contact == null ? Optional.empty() : Optional.of(contact.getAddress().getURI());
    }

    /**
     * A 2xx: the answer accepted, the call published as connected and its audio handed over, then
     * our ACK, in the same task (neither the listeners nor the media wait for the ACK to be built and
     * sent; RFC 3261 asks nothing about that order). An answer we cannot use is acknowledged and hung up.
     */
    private void connected(Outcome.Answered answered) {
        dialog = answered.dialog() != null ? answered.dialog() : answered.transaction().getDialog();
        if (call.isEnded()) {
            ack(answered);
            LOG.info("Call {} was answered after it was given up; hanging up", call.id());
            bye(EndReason.of(EndReason.Kind.CANCELLED));
            return;
        }
        OfferAnswer.Agreement agreement;
        try {
            Optional<Sdp> answer = sdp(answered.response());
            if (answer.isEmpty()) {
                throw new SdpException(399, "the 200 OK carries no answer to our offer");
            }
            agreement = OfferAnswer.accept(java.util.Objects.requireNonNull(offer), answer.get(), local(), MediaDirection.SENDRECV);
        } catch (SdpException e) {
            ack(answered);
            LOG.warn("Call {}: the answer of {} cannot be used: {}", call.id(), call.remote().address(), e.getMessage());
            bye(EndReasons.failed("The other side's audio description could not be used: " + e.getMessage()));
            return;
        }
        apply(agreement);
        ack(answered);
        LOG.info("Call {} to {} answered ({})", call.id(), call.remote().address(), agreement.plan().codec().display());
        ctx.codecs().agreed(call.remote().address(), agreement.plan().codec());
    }

    private void noAnswer() {
        if (call.state() instanceof CallState.Dialling || call.state() instanceof CallState.Ringing) {
            cancelWanted = true;
            if (provisional) {
                cancel();
            }
            finish(EndReasons.forStatus(408, "No answer"));
        }
    }

    private void cancel() {
        Exchange current = invite;
        ClientTransaction transaction = current == null ? null : current.transaction();
        if (transaction == null || cancelSent) {
            return;
        }
        try {
            ctx.transactions().send(transaction.createCancel());
            cancelSent = true;
        } catch (SipException e) {
            LOG.warn("Call {}: CANCEL could not be sent: {}", call.id(), e.toString());
        }
    }

    @Override
    void answer() {
        LOG.debug("Call {} is outgoing: answer() ignored", call.id());
    }

    @Override
    void reject() {
        LOG.debug("Call {} is outgoing: reject() ignored", call.id());
    }

    @Override
    void hangUp() {
        switch (call.state()) {
            case CallState.Dialling d -> giveUp();
            case CallState.Ringing r -> giveUp();
            case CallState.Connected c -> bye(EndReason.of(EndReason.Kind.HUNG_UP));
            default -> { }
        }
    }

    private void giveUp() {
        cancelWanted = true;
        if (provisional) {
            cancel();
        }
        finish(EndReason.of(EndReason.Kind.CANCELLED));
    }
}
