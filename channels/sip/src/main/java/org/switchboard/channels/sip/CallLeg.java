package org.switchboard.channels.sip;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaPlan;

/**
 * The signalling side of one call, on the signalling thread: what both directions share once a
 * dialog exists (hanging up, hold and resume by re-INVITE both ways, DTMF, the end of the call).
 * {@link OutgoingCall} and {@link IncomingCall} add how the dialog comes about.
 */
abstract sealed class CallLeg permits OutgoingCall, IncomingCall {
    private static final Logger LOG = LoggerFactory.getLogger(CallLeg.class);
    protected final CallContext ctx;
    protected final SipCall call;
    protected @Nullable Dialog dialog;
    protected volatile @Nullable CallMedia media;
    private final List<Signalling.Timer> timers = new ArrayList<>();
    private @Nullable Sdp lastSent;
    private final String sessionId = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    private boolean heldByUs;
    private boolean heldByThem;
    private volatile boolean muted;
    private @Nullable ReInvite reinvite;
    /** Our offer sent in a 2xx, waiting for the answer in the ACK. */
    private @Nullable Sdp offerInResponse;

    /** Our re-INVITE while it waits for its answer. */
    private record ReInvite(Sdp offer, MediaDirection direction, boolean hold, CompletableFuture<Void> done) {}

    CallLeg(CallContext ctx, SipCall call) {
        this.ctx = ctx;
        this.call = call;
    }

    SipCall call() {
        return call;
    }

    abstract void answer();

    abstract void reject();

    abstract void hangUp();

    /** A CANCEL for this call; only an incoming call that still rings can be cancelled. */
    void onCancel(RequestEvent event, ServerTransaction transaction) {
        ctx.replies().send(transaction, event.getRequest(), Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }

    /** The ACK of our 2xx to an INVITE or re-INVITE. */
    void onAck(RequestEvent event) {
        Sdp offer = offerInResponse;
        if (offer == null) {
            return;
        }
        offerInResponse = null;
        try {
            Optional<Sdp> answer = sdp(event.getRequest());
            if (answer.isEmpty()) {
                throw new SdpException(399, "the ACK carries no answer to our offer");
            }
            OfferAnswer.Agreement agreement = OfferAnswer.accept(offer, answer.get(), local(), wanted());
            apply(agreement);
        } catch (SdpException e) {
            LOG.warn("Call {}: refusing the answer in the ACK from {}: {}", call.id(), call.remote().address(), e.getMessage());
            bye(EndReasons.failed("The other side's audio description could not be used: " + e.getMessage()));
        }
    }

    void onBye(RequestEvent event, ServerTransaction transaction) {
        ctx.replies().send(transaction, event.getRequest(), Response.OK);
        LOG.info("Call {} with {} ended by the other side", call.id(), call.remote().address());
        finish(EndReason.of(EndReason.Kind.REMOTE_HUNG_UP));
    }

    void onInfo(RequestEvent event, ServerTransaction transaction) {
        ctx.replies().send(transaction, event.getRequest(), Response.OK);
    }

    /** The peer sent no ACK for our 2xx: the call never really connected. */
    void onDialogTimeout() {
        LOG.warn("Call {}: no ACK came for our answer; ending it", call.id());
        bye(EndReasons.failed("The other side never confirmed the answer"));
    }

    /** A re-INVITE from the peer: hold, resume, or a new address. */
    void onReinvite(RequestEvent event, ServerTransaction transaction) {
        Request request = event.getRequest();
        if (reinvite != null || offerInResponse != null || !(call.state() instanceof CallState.Connected)) {
            ctx.replies().send(transaction, request, Response.REQUEST_PENDING);
            return;
        }
        Optional<Sdp> offer;
        try {
            offer = sdp(request);
        } catch (SdpException e) {
            LOG.warn("Call {}: refused a re-INVITE from {}: {}", call.id(), call.remote().address(), e.getMessage());
            ctx.replies().refuse(transaction, request, Response.NOT_ACCEPTABLE_HERE, e.warningCode(), e.getMessage());
            return;
        }
        if (offer.isEmpty()) {
            Sdp ours = stamp(origin -> OfferAnswer.offer(origin, local(), wanted()));
            offerInResponse = ours;
            sendOk(transaction, request, ours);
            return;
        }
        try {
            OfferAnswer.Agreement agreement = agree(offer.get());
            if (sendOk(transaction, request, java.util.Objects.requireNonNull(agreement.answer()))) {
                heldByThem = agreement.heldByThem();
                apply(agreement);
            }
        } catch (SdpException e) {
            LOG.warn("Call {}: refused a re-INVITE from {}: {}", call.id(), call.remote().address(), e.getMessage());
            ctx.replies().refuse(transaction, request, Response.NOT_ACCEPTABLE_HERE, e.warningCode(), e.getMessage());
        }
    }

    /** We sent {@code offer} in a 2xx; its answer comes with the ACK. */
    protected void expectAnswerInAck(Sdp offer) {
        offerInResponse = offer;
    }

    protected void heldByThem(boolean held) {
        heldByThem = held;
    }

    /** Our answer to {@code offer}, stamped with our origin (RFC 3264 §8 versions). */
    protected OfferAnswer.Agreement agree(Sdp offer) throws SdpException {
        OfferAnswer.Agreement agreement = OfferAnswer.answer(offer, origin(), local(), wanted());
        if (changed(java.util.Objects.requireNonNull(agreement.answer()))) {
            agreement = OfferAnswer.answer(offer, origin().next(), local(), wanted());
        }
        lastSent = agreement.answer();
        return agreement;
    }

    /**
     * The description {@code make} builds, with the version of the last one we sent when nothing
     * changed and the next version otherwise; remembered as the last sent.
     */
    protected Sdp stamp(Function<Sdp.Origin, Sdp> make) {
        Sdp candidate = make.apply(origin());
        if (changed(candidate)) {
            candidate = make.apply(origin().next());
        }
        lastSent = candidate;
        return candidate;
    }

    private Sdp.Origin origin() {
        Sdp previous = lastSent;
        return previous != null ? previous.origin()
                : new Sdp.Origin("switchboard", sessionId, 1, local().rtp().getAddress().getHostAddress());
    }

    private boolean changed(Sdp candidate) {
        Sdp previous = lastSent;
        return previous != null && !SdpCodec.write(candidate).equals(SdpCodec.write(previous));
    }

    /**
     * Publishes the call as connected with the hold flags and hands the agreement to the media, in
     * that order: the media starts on its own threads, which would otherwise take the CPU from the
     * signalling thread before it tells the listeners (user actions queue behind this task anyway).
     */
    protected void apply(OfferAnswer.Agreement agreement) {
        call.connected(heldByUs, heldByThem);
        CallMedia current = media;
        if (current != null) {
            current.apply(agreement.plan());
        }
    }

    protected boolean sendOk(ServerTransaction transaction, Request request, Sdp body) {
        return ctx.replies().send(transaction, request, Response.OK, null, response -> {
            ctx.replies().contact(response);
            ctx.replies().body(response, "application", "sdp", SdpCodec.write(body));
        });
    }

    /** Hold or resume: a re-INVITE offering sendonly or sendrecv; completes when the peer agreed. */
    CompletableFuture<Void> hold(boolean on) {
        Dialog current = dialog;
        if (!(call.state() instanceof CallState.Connected) || current == null || current.getState() != DialogState.CONFIRMED) {
            return CompletableFuture.failedFuture(new ChannelException.NotConnected("The call is not connected.", null));
        }
        if (reinvite != null || offerInResponse != null) {
            return CompletableFuture.failedFuture(new ChannelException.RemoteError("491",
                    "A hold or resume is already under way.", null));
        }
        MediaDirection direction = on ? MediaDirection.SENDONLY : MediaDirection.SENDRECV;
        Sdp offer = stamp(origin -> OfferAnswer.offer(origin, local(), direction));
        ReInvite pending = new ReInvite(offer, direction, on, new CompletableFuture<>());
        try {
            Request request = current.createRequest(Request.INVITE);
            request.addHeader(ctx.endpoint().contact());
            request.setContent(SdpCodec.write(offer), sdpType());
            reinvite = pending;
            ctx.transactions().send(request, current, r -> {}).outcome().thenAccept(o -> reinvited(pending, o));
        } catch (SipException | ParseException e) {
            reinvite = null;
            pending.done().completeExceptionally(new ChannelException.NotConnected("The re-INVITE could not be sent: "
                    + e.getMessage(), e));
        }
        return pending.done();
    }

    private void reinvited(ReInvite pending, Outcome outcome) {
        reinvite = null;
        switch (outcome) {
            case Outcome.Answered a when a.success() -> {
                ack(a);
                try {
                    Optional<Sdp> answer = sdp(a.response());
                    if (answer.isEmpty()) {
                        throw new SdpException(399, "the 200 to our re-INVITE carries no answer");
                    }
                    OfferAnswer.Agreement agreement = OfferAnswer.accept(pending.offer(), answer.get(), local(), pending.direction());
                    heldByUs = pending.hold();
                    apply(agreement);
                    pending.done().complete(null);
                } catch (SdpException e) {
                    pending.done().completeExceptionally(new ChannelException.RemoteError("488", e.getMessage(), null));
                    bye(EndReasons.failed("The other side's audio description could not be used: " + e.getMessage()));
                }
            }
            case Outcome.Answered a -> {
                pending.done().completeExceptionally(new ChannelException.RemoteError(Integer.toString(a.status()),
                        "The other side refused: " + a.describe() + ".", null));
                if (a.status() == 481 || a.status() == 408) {
                    finish(EndReasons.failed("The call was lost (" + a.describe() + ")"));
                }
            }
            case Outcome.TimedOut t -> pending.done().completeExceptionally(
                    new ChannelException.Timeout("The other side did not answer the re-INVITE.", null));
            case Outcome.Unreachable u -> pending.done().completeExceptionally(
                    new ChannelException.NotConnected("The re-INVITE could not be sent: " + u.reason(), u.cause()));
        }
    }

    /** ACKs a 2xx to one of our INVITEs. */
    protected void ack(Outcome.Answered answered) {
        try {
            if (acknowledge(answered) == null) {
                LOG.warn("Call {}: a 2xx without a dialog cannot be acknowledged", call.id());
            }
        } catch (SipException | InvalidArgumentException e) {
            LOG.warn("Call {}: the ACK could not be sent: {}", call.id(), e.toString());
        }
    }

    /** Sends the ACK of a 2xx to an INVITE in the dialog it made; that dialog, or null when it made none. */
    static @Nullable Dialog acknowledge(Outcome.Answered answered) throws SipException, InvalidArgumentException {
        Dialog d = answered.dialog() != null ? answered.dialog() : answered.transaction().getDialog();
        if (d != null) {
            long cseq = ((CSeqHeader) answered.response().getHeader(CSeqHeader.NAME)).getSeqNumber();
            d.sendAck(d.createAck(cseq));
        }
        return d;
    }

    void mute(boolean on) {
        muted = on;
        CallMedia current = media;
        if (current != null) {
            current.mute(on);
        }
    }

    boolean muted() {
        return muted;
    }

    /** RFC 4733 through the media when negotiated, else a SIP INFO with {@code application/dtmf-relay}. */
    void sendDtmf(char digit) {
        CallMedia current = media;
        Dialog d = dialog;
        if (!(call.state() instanceof CallState.Connected)) {
            LOG.debug("Call {}: DTMF {} ignored while {}", call.id(), digit, call.state());
        } else if (current != null && current.hasTelephoneEvent()) {
            current.sendDtmf(digit);
        } else if (d != null) {
            try {
                Request info = d.createRequest(Request.INFO);
                info.setContent("Signal=" + digit + "\r\nDuration=160\r\n",
                        ctx.endpoint().sip.headers.createContentTypeHeader("application", "dtmf-relay"));
                ctx.transactions().send(info, d, r -> {});
            } catch (SipException | ParseException e) {
                LOG.warn("Call {}: DTMF {} could not be sent by INFO: {}", call.id(), digit, e.toString());
            }
        }
    }

    CallQuality quality() {
        CallMedia current = media;
        return current == null ? CallQuality.NONE : current.quality();
    }

    /** Hangs up a connected call with BYE and ends it with {@code reason}. */
    protected void bye(EndReason reason) {
        Dialog current = dialog;
        if (current != null && current.getState() == DialogState.CONFIRMED) {
            try {
                ctx.transactions().send(current.createRequest(Request.BYE), current, r -> {});
            } catch (SipException e) {
                LOG.warn("Call {}: BYE could not be sent: {}", call.id(), e.toString());
            }
        }
        finish(reason);
    }

    /** The end: media closed, timers stopped, the call forgotten and its last state published. */
    protected void finish(EndReason reason) {
        timers.forEach(Signalling.Timer::cancel);
        timers.clear();
        CallMedia current = media;
        if (current != null) {
            current.close();
            standByForTheNextCall(current.plan());
        }
        ctx.registry().remove(this);
        if (call.end(reason)) {
            LOG.info("Call {} with {} ended: {}", call.id(), call.remote().address(), reason.words());
        }
    }

    /**
     * The next call's audio made ready: for the codec this call used when it had plain RTP audio, else
     * for the engine's choice (a call rejected, missed or failed before its audio still took the standby).
     */
    private void standByForTheNextCall(@Nullable MediaPlan used) {
        try {
            ctx.standByAudio(Optional.ofNullable(used).filter(plan -> plan.remoteCrypto().isEmpty()).map(MediaPlan::codec));
        } catch (RuntimeException e) {
            LOG.debug("Call {}: the next call's audio could not stand by: {}", call.id(), e.getMessage());
        }
    }

    protected void later(java.time.Duration delay, String what, Runnable task) {
        timers.add(ctx.signalling().schedule(delay, what + " " + call.id(), task));
    }

    protected MediaDirection wanted() {
        return heldByUs ? MediaDirection.SENDONLY : MediaDirection.SENDRECV;
    }

    protected LocalMedia local() {
        return java.util.Objects.requireNonNull(media, "no media yet").local(ctx.endpoint().account.requireSrtp(),
                ctx.endpoint().localAddress);
    }

    /** Opens this call's media session on our address; a failure ends the call through {@link #mediaFailed}. */
    protected CallMedia openMedia() throws MediaException {
        CallMedia opened = new CallMedia(ctx.media().get().newSession(ctx.endpoint().localAddress), ctx.mediaThreads(),
                failure -> ctx.signalling().run("media failure " + call.id(), () -> mediaFailed(failure)));
        if (muted) {
            opened.mute(true);
        }
        media = opened;
        return opened;
    }

    private void mediaFailed(MediaException failure) {
        if (!call.isEnded()) {
            bye(EndReasons.failed("The audio could not start: " + failure.getMessage()));
        }
    }

    /** The session description in {@code message}, if it has one; a body of another type is an error. */
    static Optional<Sdp> sdp(Message message) throws SdpException {
        byte[] raw = message.getRawContent();
        if (raw == null || raw.length == 0) {
            return Optional.empty();
        }
        ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
        if (type != null && !(type.getContentType().equalsIgnoreCase("application")
                && type.getContentSubType().equalsIgnoreCase("sdp"))) {
            throw new SdpException(399, "the body is " + type.getContentType() + "/" + type.getContentSubType() + ", not SDP");
        }
        return Optional.of(SdpCodec.parse(new String(raw, StandardCharsets.UTF_8)));
    }

    protected ContentTypeHeader sdpType() throws ParseException {
        return ctx.endpoint().sip.headers.createContentTypeHeader("application", "sdp");
    }
}
