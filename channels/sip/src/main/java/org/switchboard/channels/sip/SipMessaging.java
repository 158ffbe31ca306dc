package org.switchboard.channels.sip;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Endpoint;
import org.switchboard.channels.api.support.EventHub;

/**
 * SIP MESSAGE (RFC 3428) as a chat channel: each message is one request outside a dialog, acknowledged
 * by the server or peer with a 2xx (a 200 from the peer's device also reports it delivered); incoming {@code text/plain} messages are answered with 200 and
 * reported in order. Message bodies never reach the log above DEBUG.
 */
final class SipMessaging implements Messaging, MessageEvents {
    static final int MAX_TEXT = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SipMessaging.class);
    private final OutOfDialog requests;
    private final EventHub<MessageEvent> hub;

    SipMessaging(OutOfDialog requests, EventHub<MessageEvent> hub) {
        this.requests = requests;
        this.hub = hub;
    }

    @Override
    public CompletableFuture<SendReceipt> send(Endpoint to, String text, String messageId) {
        return requests.send(Request.MESSAGE, "send to", to, ctx -> message(ctx, to, text),
                (Outcome outcome, CompletableFuture<SendReceipt> result) -> answered(outcome, messageId, to, result));
    }

    private static Request message(CallContext ctx, Endpoint to, String text) throws ParseException, InvalidArgumentException {
        SipEndpoint endpoint = ctx.endpoint();
        Address target = endpoint.sip.addresses.createAddress(endpoint.uri(SipUris.target(to, endpoint.account)));
        Request request = endpoint.request(Request.MESSAGE, target.getURI(), target, endpoint.newCallId(), 1, SipEndpoint.tag());
        ContentTypeHeader type = endpoint.sip.headers.createContentTypeHeader("text", "plain");
        type.setParameter("charset", "UTF-8");
        request.setContent(text.getBytes(StandardCharsets.UTF_8), type);
        return request;
    }

    /**
     * A 2xx takes the message; a 200 comes from the peer's device itself (RFC 3428 §7: a store that
     * keeps it for later answers 202), so it also counts as delivered.
     */
    private void answered(Outcome outcome, String messageId, Endpoint to, CompletableFuture<SendReceipt> result) {
        switch (outcome) {
            case Outcome.Answered a when a.status() == Response.OK -> {
                result.complete(new SendReceipt(messageId, false));
                hub.publish(new MessageEvent.Delivered(to, messageId));
            }
            case Outcome.Answered a when a.success() -> result.complete(new SendReceipt(messageId, false));
            case Outcome.Answered a when a.status() == 408 || a.status() == 480 -> result.completeExceptionally(
                    new ChannelException.Timeout(to.address() + " did not take the message (" + a.describe() + ").", null));
            case Outcome.Answered a -> result.completeExceptionally(new ChannelException.RemoteError(Integer.toString(a.status()),
                    "The message to " + to.address() + " was refused: " + a.describe() + ".", null));
            case Outcome.TimedOut t -> result.completeExceptionally(
                    new ChannelException.Timeout("Nobody confirmed the message to " + to.address() + ".", null));
            case Outcome.Unreachable u -> result.completeExceptionally(
                    new ChannelException.NotConnected("The message could not be sent: " + u.reason(), u.cause()));
        }
    }

    @Override
    public AutoCloseable onMessageEvent(Consumer<MessageEvent> listener) {
        return hub.subscribe(listener);
    }

    /** An incoming MESSAGE, on the signalling thread. */
    void received(RequestEvent event, @Nullable ServerTransaction transaction, Replies replies) {
        Request request = event.getRequest();
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        byte[] raw = request.getRawContent();
        Endpoint peer = SipUris.endpoint(((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI());
        if (type != null && type.getContentType().equalsIgnoreCase("application")
                && type.getContentSubType().equalsIgnoreCase("im-iscomposing+xml")) {
            replies.send(transaction, request, Response.OK);
            return;
        }
        if (type != null && !(type.getContentType().equalsIgnoreCase("text") && type.getContentSubType().equalsIgnoreCase("plain"))) {
            LOG.info("Refused a MESSAGE from {} with 415: body of type {}/{}", peer.address(), type.getContentType(),
                    type.getContentSubType());
            replies.send(transaction, request, Response.UNSUPPORTED_MEDIA_TYPE, null, response -> {
                try {
                    response.addHeader(replies.acceptHeader("text", "plain"));
                } catch (ParseException e) {
                    LOG.debug("No Accept header: {}", e.toString());
                }
            });
            return;
        }
        replies.send(transaction, request, Response.OK);
        if (raw == null || raw.length == 0) {
            LOG.debug("An empty MESSAGE from {} was acknowledged and dropped", peer.address());
            return;
        }
        String text = new String(raw, charset(type));
        boolean truncated = text.length() > MAX_TEXT;
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        LOG.debug("MESSAGE from {} ({} characters)", peer.address(), text.length());
        hub.publish(new MessageEvent.Received(peer, "", callId, truncated ? text.substring(0, MAX_TEXT) : text, Instant.now(),
                truncated));
    }

    private static Charset charset(@Nullable ContentTypeHeader type) {
        String name = type == null ? null : type.getParameter("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
