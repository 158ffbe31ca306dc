package org.switchboard.channels.sip;

import java.text.ParseException;
import java.util.Arrays;
import java.util.ListIterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.InvalidArgumentException;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests and follows them to their final response on the signalling thread: answers one
 * digest challenge (401/407) per request with the account's password (two when the server says
 * the nonce was stale), and turns send failures and timeouts into an {@link Outcome}. The last proxy
 * challenge (407) is kept and answered ahead of time on the next new INVITE or MESSAGE, with the next
 * nonce count, as other user agents do: a call then costs no extra round trip to the proxy; when the
 * nonce has gone stale the proxy challenges again and that challenge is answered as usual.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private final SipEndpoint endpoint;
    private final Supplier<char[]> password;
    /** The proxy's last challenge and how many requests answered it so far (signalling thread only). */
    private @Nullable Digest proxyChallenge;
    private int proxyNonceCount;

    Transactions(SipEndpoint endpoint, Supplier<char[]> password) {
        this.endpoint = endpoint;
        this.password = password;
    }

    /** Sends {@code request} outside a dialog (or, when {@code dialog} is given, inside it). */
    Exchange send(Request request, @Nullable Dialog dialog, Consumer<Response> provisional) {
        ClientTransaction transaction;
        try {
            answerAhead(request, dialog);
            transaction = endpoint.sip.provider.getNewClientTransaction(request);
        } catch (ParseException | SipException | RuntimeException e) {
            Exchange failed = new Exchange(request, null, dialog, provisional);
            failed.finish(new Outcome.Unreachable(describe(e), e));
            return failed;
        }
        Exchange exchange = new Exchange(request, transaction, dialog, provisional);
        transaction.setApplicationData(exchange);
        dispatch(exchange, transaction);
        return exchange;
    }

    Exchange send(Request request) {
        return send(request, null, response -> {});
    }

    private void dispatch(Exchange exchange, ClientTransaction transaction) {
        try {
            Dialog dialog = exchange.dialog();
            if (dialog != null && dialog.getState() == DialogState.CONFIRMED) {
                dialog.sendRequest(transaction);
            } else {
                transaction.sendRequest();
            }
        } catch (SipException | RuntimeException e) {
            LOG.debug("Sending {} failed", transaction.getRequest().getMethod(), e);
            exchange.finish(new Outcome.Unreachable(describe(e), e));
        }
    }

    /** A response to one of our transactions, on the signalling thread. */
    void response(ResponseEvent event) {
        ClientTransaction transaction = event.getClientTransaction();
        if (transaction == null || !(transaction.getApplicationData() instanceof Exchange exchange) || exchange.finished()) {
            return;
        }
        Response response = event.getResponse();
        int status = response.getStatusCode();
        if (status < 200) {
            exchange.provisional(response);
        } else if ((status == 401 || status == 407) && mayAuthenticate(exchange, response)) {
            authenticate(exchange, response);
        } else {
            exchange.finish(new Outcome.Answered(response, transaction, event.getDialog()));
        }
    }

    /** The transaction of {@code exchange} timed out. */
    void timeout(ClientTransaction transaction) {
        if (transaction.getApplicationData() instanceof Exchange exchange && exchange.transaction() == transaction) {
            exchange.finish(new Outcome.TimedOut());
        }
    }

    private static boolean mayAuthenticate(Exchange exchange, Response challenge) {
        if (exchange.authentications() == 0) {
            return true;
        }
        WWWAuthenticateHeader header = firstChallenge(challenge);
        return exchange.authentications() == 1 && header != null && "true".equalsIgnoreCase(header.getParameter("stale"));
    }

    /** Adds credentials for the proxy's last challenge to a new INVITE or MESSAGE outside a dialog. */
    private void answerAhead(Request request, @Nullable Dialog dialog) throws ParseException {
        Digest known = proxyChallenge;
        boolean fresh = dialog == null || dialog.getState() != DialogState.CONFIRMED;
        if (known != null && fresh && (request.getMethod().equals(Request.INVITE) || request.getMethod().equals(Request.MESSAGE))
                && request.getHeader(ProxyAuthorizationHeader.NAME) == null) {
            request.addHeader(authorization(known, 407, request, ++proxyNonceCount));
        }
    }

    private void authenticate(Exchange exchange, Response challenge) {
        try {
            Request retry = reoriginate(exchange);
            retry.addHeader(authorization(challenge, retry));
            ClientTransaction next = endpoint.sip.provider.getNewClientTransaction(retry);
            exchange.retriedWith(next);
            dispatch(exchange, next);
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            LOG.warn("Cannot answer the digest challenge of {} ({}): {}", challenge.getStatusCode(),
                    exchange.request().getMethod(), e.getMessage());
            exchange.finish(new Outcome.Answered(challenge, java.util.Objects.requireNonNull(exchange.transaction()), null));
        }
    }

    /** The same request with the next CSeq in a new transaction: from the dialog when it is confirmed. */
    private static Request reoriginate(Exchange exchange) throws SipException, InvalidArgumentException {
        Request original = exchange.request();
        Dialog dialog = exchange.dialog();
        Request retry;
        if (dialog != null && dialog.getState() == DialogState.CONFIRMED) {
            retry = dialog.createRequest(original.getMethod());
            if (original.getRawContent() != null) {
                try {
                    retry.setContent(original.getRawContent(), (ContentTypeHeader) original.getHeader(ContentTypeHeader.NAME));
                } catch (ParseException e) {
                    throw new SipException("cannot copy the body", e);
                }
            }
        } else {
            retry = (Request) original.clone();
            CSeqHeader cseq = (CSeqHeader) retry.getHeader(CSeqHeader.NAME);
            cseq.setSeqNumber(cseq.getSeqNumber() + 1);
            ((ViaHeader) retry.getHeader(ViaHeader.NAME)).removeParameter("branch");
        }
        retry.removeHeader(AuthorizationHeader.NAME);
        retry.removeHeader(ProxyAuthorizationHeader.NAME);
        return retry;
    }

    private AuthorizationHeader authorization(Response challenge, Request request) throws ParseException, SipException {
        WWWAuthenticateHeader header = firstChallenge(challenge);
        if (header == null) {
            throw new SipException("the " + challenge.getStatusCode() + " carries no digest challenge we can answer");
        }
        Digest digest = Digest.of(header.getRealm(), header.getNonce(), header.getAlgorithm(), header.getQop(), header.getOpaque());
        if (challenge.getStatusCode() == 407) {
            proxyChallenge = digest;
            proxyNonceCount = 1;
        }
        return authorization(digest, challenge.getStatusCode(), request, 1);
    }

    private AuthorizationHeader authorization(Digest digest, int status, Request request, int nonceCount) throws ParseException {
        String uri = request.getRequestURI().toString();
        char[] secret = password.get();
        Digest.Answer answer;
        try {
            answer = digest.answer(endpoint.account.user(), secret, request.getMethod(), uri, Digest.newClientNonce(), nonceCount);
        } finally {
            Arrays.fill(secret, '\0');
        }
        AuthorizationHeader authorization = status == 407
                ? endpoint.sip.headers.createProxyAuthorizationHeader("Digest")
                : endpoint.sip.headers.createAuthorizationHeader("Digest");
        authorization.setUsername(endpoint.account.user());
        authorization.setRealm(digest.realm());
        authorization.setNonce(digest.nonce());
        authorization.setURI(request.getRequestURI());
        authorization.setResponse(answer.response());
        authorization.setAlgorithm(digest.algorithm());
        if (!digest.opaque().isEmpty()) {
            authorization.setOpaque(digest.opaque());
        }
        if (!digest.qop().isEmpty()) {
            authorization.setQop(digest.qop());
            authorization.setCNonce(answer.cnonce());
            authorization.setNonceCount(Integer.parseInt(answer.nonceCount(), 16));
        }
        return authorization;
    }

    /** The first digest challenge with an algorithm we compute (WWW- or Proxy-Authenticate). */
    private static @Nullable WWWAuthenticateHeader firstChallenge(Response challenge) {
        String name = challenge.getStatusCode() == 407 ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME;
        ListIterator<?> headers = challenge.getHeaders(name);
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof WWWAuthenticateHeader header && "Digest".equalsIgnoreCase(header.getScheme())
                    && header.getRealm() != null && header.getNonce() != null
                    && Digest.of(header.getRealm(), header.getNonce(), header.getAlgorithm(), null, null).supported()) {
                return header;
            }
        }
        return null;
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : describeTop(e) + ": " + message;
    }

    private static String describeTop(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
