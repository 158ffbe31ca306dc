package org.switchboard.channels.sip;

import java.text.ParseException;
import java.time.Duration;
import java.util.ListIterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.MinExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;

/**
 * The account's binding at its registrar (RFC 3261 §10): one REGISTER per connect (its digest
 * challenge answered once, so a wrong password costs exactly one attempt pair and no retry storm),
 * renewed at half the granted time, kept alive between renewals, removed with Expires: 0.
 * A renewal or keep-alive that fails reports the registration lost; the supervisor reconnects.
 */
final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(10);
    private static final Duration MIN_REFRESH = Duration.ofSeconds(5);
    private final SipEndpoint endpoint;
    private final Transactions transactions;
    private final Signalling signalling;
    private final Consumer<String> lost;
    private final KeepAlive keepAlive;
    private final CallIdHeader callId;
    private final String fromTag = SipEndpoint.tag();
    private long cseq;
    private Signalling.Timer refresh = Signalling.Timer.NONE;
    private boolean active;
    private int registrations;

    Registration(SipEndpoint endpoint, Transactions transactions, Signalling signalling, Consumer<String> lost) {
        this.endpoint = endpoint;
        this.transactions = transactions;
        this.signalling = signalling;
        this.lost = lost;
        this.keepAlive = new KeepAlive(endpoint, transactions, signalling, this::lost);
        this.callId = endpoint.newCallId();
    }

    /** Registers; completes on the signalling thread, exceptionally with a {@link ChannelException}. */
    CompletableFuture<Void> register() {
        active = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Signalling.Timer deadline = signalling.schedule(ANSWER_DEADLINE, "registration deadline", () -> done.completeExceptionally(
                new ChannelException.Timeout("The SIP server at " + endpoint.account.outboundProxy() + " did not answer within "
                        + ANSWER_DEADLINE.toSeconds() + " s.", null)));
        send(endpoint.account.registrationExpiry(), true, done);
        return done.whenComplete((ok, failure) -> deadline.cancel());
    }

    private void send(Duration expiry, boolean mayAdjust, CompletableFuture<Void> done) {
        Request request;
        try {
            request = request(expiry);
        } catch (ParseException | InvalidArgumentException e) {
            done.completeExceptionally(new ChannelException.NotConnected("The registration could not be written: " + e.getMessage(), e));
            return;
        }
        transactions.send(request).outcome().thenAccept(outcome -> {
            if (done.isDone()) {
                return;
            }
            if (outcome instanceof Outcome.Answered a && a.status() == Response.INTERVAL_TOO_BRIEF && mayAdjust
                    && a.response().getHeader(MinExpiresHeader.NAME) instanceof MinExpiresHeader min) {
                send(Duration.ofSeconds(min.getExpires()), false, done);
                return;
            }
            if (outcome instanceof Outcome.Answered a && a.success()) {
                granted(a.response(), expiry);
                done.complete(null);
            } else {
                done.completeExceptionally(failure(outcome));
            }
        });
    }

    private Request request(Duration expiry) throws ParseException, InvalidArgumentException {
        SipURI registrar = endpoint.sip.addresses.createSipURI(null, endpoint.account.domain());
        Request request = endpoint.request(Request.REGISTER, registrar, endpoint.self(), callId, ++cseq, fromTag);
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        contact.setExpires((int) expiry.toSeconds());
        request.addHeader(endpoint.sip.headers.createExpiresHeader((int) expiry.toSeconds()));
        return request;
    }

    private void granted(Response ok, Duration asked) {
        Duration granted = grantedExpiry(ok, asked);
        registrations++;
        Duration wait = granted.dividedBy(2).compareTo(MIN_REFRESH) < 0 ? MIN_REFRESH : granted.dividedBy(2);
        LOG.info("Registered {} at {} for {} s (renewal in {} s)", endpoint.account.address(), endpoint.account.outboundProxy(),
                granted.toSeconds(), wait.toSeconds());
        refresh.cancel();
        refresh = signalling.schedule(wait, "registration renewal", this::renew);
        keepAlive.start();
    }

    /** Our Contact's expires in the 200, else its Expires header, else what we asked for. */
    private Duration grantedExpiry(Response ok, Duration asked) {
        ListIterator<?> contacts = ok.getHeaders(ContactHeader.NAME);
        while (contacts != null && contacts.hasNext()) {
            if (contacts.next() instanceof ContactHeader contact && contact.getExpires() > 0
                    && contact.getAddress().getURI() instanceof SipURI uri
                    && uri.getPort() == endpoint.sip.port() && endpoint.sip.host().equals(uri.getHost())) {
                return Duration.ofSeconds(contact.getExpires());
            }
        }
        if (ok.getHeader(ExpiresHeader.NAME) instanceof ExpiresHeader expires && expires.getExpires() > 0) {
            return Duration.ofSeconds(expires.getExpires());
        }
        return asked;
    }

    private void renew() {
        if (!active) {
            return;
        }
        register().whenComplete((ok, failure) -> {
            if (failure != null && active) {
                lost("the registration could not be renewed: " + failure.getMessage());
            }
        });
    }

    private void lost(String reason) {
        if (active) {
            stop();
            lost.accept(reason);
        }
    }

    /** Stops renewing and probing (the binding stays until it expires). */
    void stop() {
        active = false;
        refresh.cancel();
        keepAlive.stop();
    }

    /** Removes the binding (Expires: 0); completes on any answer or after {@code patience}. */
    CompletableFuture<Void> unregister(Duration patience) {
        stop();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            transactions.send(request(Duration.ZERO)).outcome().thenAccept(outcome -> {
                LOG.info("Unregistered {}: {}", endpoint.account.address(),
                        outcome instanceof Outcome.Answered a ? a.describe() : outcome.getClass().getSimpleName());
                done.complete(null);
            });
        } catch (ParseException | InvalidArgumentException e) {
            done.complete(null);
        }
        signalling.schedule(patience, "unregister deadline", () -> done.complete(null));
        return done;
    }

    /** How many times the registrar granted this binding (tests). */
    int registrations() {
        return registrations;
    }

    private ChannelException failure(Outcome outcome) {
        SipAccount account = endpoint.account;
        return switch (outcome) {
            case Outcome.Answered a when a.status() == 401 || a.status() == 407 || a.status() == 403 ->
                    new ChannelException.AuthenticationFailed("The SIP server refused the user name or password of "
                            + account.address() + " (" + a.describe() + ").", null);
            case Outcome.Answered a -> new ChannelException.RemoteError(Integer.toString(a.status()),
                    "The SIP server refused the registration of " + account.address() + ": " + a.describe() + ".", null);
            case Outcome.TimedOut t -> new ChannelException.Timeout("The SIP server at " + account.outboundProxy()
                    + " did not answer.", null);
            case Outcome.Unreachable u -> unreachable(u);
        };
    }

    private ChannelException unreachable(Outcome.Unreachable u) {
        PinningTrustManager trust = endpoint.trust;
        String fingerprint = trust == null ? null : trust.rejectedFingerprint();
        if (fingerprint != null) {
            return new ChannelException.CertificateRejected(fingerprint, "The SIP server's certificate is not trusted ("
                    + fingerprint + "). Accept it only if you recognise this fingerprint.", u.cause());
        }
        return new ChannelException.NotConnected("Cannot reach the SIP server at " + endpoint.account.outboundProxy() + ": "
                + u.reason(), u.cause());
    }
}
