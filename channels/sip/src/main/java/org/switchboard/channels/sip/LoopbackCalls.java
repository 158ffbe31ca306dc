package org.switchboard.channels.sip;

import gov.nist.javax.sip.DialogTimeoutEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.Dialog;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.MediaDirection;

/**
 * Real calls over the loopback address, for the warm-up of JAIN-SIP's transaction and dialog layer,
 * which only runs for real transactions: a private caller stack whose outbound proxy is a
 * {@link WarmUpCallee} on a private stack of its own, both on free UDP ports of 127.0.0.1. Each call
 * goes the way one of ours does, through the same code: INVITE with an offer (answered ahead after
 * the callee's one 407) sent by {@link Transactions}, the responses through {@link StackEvents} to a
 * {@link Signalling} thread (its own, not an account's), the ACK as {@link CallLeg} sends it, the
 * answer accepted, then BYE. Nothing leaves the loopback address, nothing registers, no media port
 * is opened; {@link #close()} stops both stacks.
 */
final class LoopbackCalls implements AutoCloseable {
    /** How long one call may take before the warm-up gives up (a loaded machine takes a few ms). */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    private final WarmUpCallee callee;
    private final Signalling signalling;
    private final SipEndpoint endpoint;
    private final Transactions transactions;
    private final LocalMedia ours;

    private LoopbackCalls(WarmUpCallee callee, Signalling signalling, SipEndpoint endpoint) {
        this.callee = callee;
        this.signalling = signalling;
        this.endpoint = endpoint;
        this.transactions = new Transactions(endpoint, "warm-up"::toCharArray);
        this.ours = new LocalMedia(new InetSocketAddress(endpoint.localAddress, 40000), SipWarmUp.OURS, List.of(), false);
    }

    /** Starts the callee and the caller on the loopback address. */
    static LoopbackCalls open() throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        WarmUpCallee callee = WarmUpCallee.start(loopback);
        Signalling signalling = new Signalling("SIP warm-up");
        try {
            Responses responses = new Responses();
            StackEvents events = new StackEvents(signalling, responses);
            JainSip sip = JainSip.start("warm-up-caller", loopback, 0, SipTransport.UDP, callee.server(), null, "", events);
            events.provider(sip.provider);
            LoopbackCalls calls = new LoopbackCalls(callee, signalling,
                    new SipEndpoint(sip, SipAccount.direct("sip:warm-up@" + loopback.getHostAddress(), loopback, 0), loopback, null));
            responses.transactions = calls.transactions;
            return calls;
        } catch (Exception | Error e) {
            signalling.close();
            callee.close();
            throw e;
        }
    }

    /** Places one call, waits until it was answered, acknowledged and hung up; throws if it was not. */
    void call() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!signalling.run("warm-up call", () -> place(done))) {
            throw new IllegalStateException("closed");
        }
        done.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void place(CompletableFuture<Void> done) {
        try {
            Sdp offer = OfferAnswer.offer(new Sdp.Origin("switchboard", "1", 1, ours.rtp().getAddress().getHostAddress()), ours,
                    MediaDirection.SENDRECV);
            Address to = endpoint.sip.addresses.createAddress("sip:callee@" + endpoint.sip.host());
            Request invite = endpoint.request(Request.INVITE, to.getURI(), to,
                    endpoint.sip.headers.createCallIdHeader(UUID.randomUUID() + "@switchboard"), 1, SipEndpoint.tag());
            invite.setContent(SdpCodec.write(offer), endpoint.sip.headers.createContentTypeHeader("application", "sdp"));
            transactions.send(invite, null, provisional -> {}).outcome().thenAccept(outcome -> answered(outcome, offer, done));
        } catch (ParseException | InvalidArgumentException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void answered(Outcome outcome, Sdp offer, CompletableFuture<Void> done) {
        try {
            if (!(outcome instanceof Outcome.Answered answered) || !answered.success()) {
                throw new IllegalStateException("the warm-up call was not answered: " + outcome);
            }
            Dialog dialog = Objects.requireNonNull(CallLeg.acknowledge(answered), "no dialog");
            OfferAnswer.accept(offer, CallLeg.sdp(answered.response()).orElseThrow(), ours, MediaDirection.SENDRECV);
            transactions.send(dialog.createRequest(Request.BYE), dialog, response -> {}).outcome().thenAccept(bye -> {
                if (bye instanceof Outcome.Answered a && a.success()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(new IllegalStateException("the warm-up BYE was not answered: " + bye));
                }
            });
        } catch (SipException | InvalidArgumentException | SdpException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /** The callee, for the tests: what it saw. */
    WarmUpCallee callee() {
        return callee;
    }

    /** The caller's stack, for the tests. */
    JainSip caller() {
        return endpoint.sip;
    }

    /**
     * Stops the caller's thread and both stacks, side by side (each takes JAIN-SIP a second or two);
     * their ports are free when it returns.
     */
    @Override
    public void close() {
        signalling.close();
        CompletableFuture<Void> caller = endpoint.stop();
        callee.close();
        caller.join();
    }

    /** The caller's stack events: responses and timeouts to its transactions; it gets no requests worth answering. */
    private static final class Responses implements StackEvents.Handler {
        private volatile @Nullable Transactions transactions;

        @Override
        public void request(RequestEvent event, @Nullable ServerTransaction transaction) {}

        @Override
        public void response(ResponseEvent event) {
            Transactions current = transactions;
            if (current != null) {
                current.response(event);
            }
        }

        @Override
        public void timeout(TimeoutEvent event) {
            Transactions current = transactions;
            if (current != null && !event.isServerTransaction() && event.getClientTransaction() != null) {
                current.timeout(event.getClientTransaction());
            }
        }

        @Override
        public void transportFailure(IOExceptionEvent event) {}

        @Override
        public void dialogTimeout(DialogTimeoutEvent event) {}
    }
}
