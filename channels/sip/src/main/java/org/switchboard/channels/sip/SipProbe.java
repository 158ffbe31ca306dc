package org.switchboard.channels.sip;

import java.text.ParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.header.AllowHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.channels.api.ReachabilityProbe;
import org.switchboard.channels.api.support.EventHub;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/**
 * Asks whether a SIP address is reachable now with an OPTIONS request outside any dialog (RFC 3261
 * §11): the peer's device answers with the methods it allows (INVITE: calls, MESSAGE: chat), a
 * registrar that has no device for the address refuses it (404/480: not signed in), a device in a
 * call may say 486. Each answer is published as the address's status.
 */
final class SipProbe implements ReachabilityProbe, PresenceSource {
    private static final Logger LOG = LoggerFactory.getLogger(SipProbe.class);
    private final OutOfDialog requests;
    private final EventHub<EndpointStatus> hub;

    SipProbe(OutOfDialog requests, EventHub<EndpointStatus> hub) {
        this.requests = requests;
        this.hub = hub;
    }

    @Override
    public CompletableFuture<EndpointStatus> probe(Endpoint who) {
        return requests.send(Request.OPTIONS, "ask", who, ctx -> options(ctx, who),
                (Outcome outcome, CompletableFuture<EndpointStatus> result) -> answered(who, outcome, result));
    }

    private static Request options(CallContext ctx, Endpoint who) throws ParseException, InvalidArgumentException {
        SipEndpoint endpoint = ctx.endpoint();
        Address target = endpoint.sip.addresses.createAddress(endpoint.uri(SipUris.target(who, endpoint.account)));
        Request request = endpoint.request(Request.OPTIONS, target.getURI(), target, endpoint.newCallId(), 1, SipEndpoint.tag());
        request.addHeader(endpoint.sip.headers.createAcceptHeader("application", "sdp"));
        return request;
    }

    private void answered(Endpoint who, Outcome outcome, CompletableFuture<EndpointStatus> result) {
        if (outcome instanceof Outcome.Unreachable unreachable) {
            result.completeExceptionally(new ChannelException.NotConnected("Could not ask " + who.address() + ": "
                    + unreachable.reason(), unreachable.cause()));
            return;
        }
        EndpointStatus status = statusOf(who, outcome);
        LOG.debug("OPTIONS to {}: {} ({})", who.address(), status.presence().label(), status.capabilities());
        hub.publish(status);
        result.complete(status);
    }

    /** What an answer to OPTIONS says about {@code who}. */
    static EndpointStatus statusOf(Endpoint who, Outcome outcome) {
        if (!(outcome instanceof Outcome.Answered answer)) {
            return new EndpointStatus(who, Presence.OFFLINE, "did not answer", Set.of(), false);
        }
        if (answer.success()) {
            return allowed(answer.response())
                    .map(can -> new EndpointStatus(who, Presence.AVAILABLE, "", can, true))
                    .orElseGet(() -> new EndpointStatus(who, Presence.AVAILABLE, "", Set.of(Capability.VOICE_CALL), false));
        }
        return switch (answer.status()) {
            // there, but not telling what it can do
            case Response.METHOD_NOT_ALLOWED, Response.NOT_IMPLEMENTED ->
                    new EndpointStatus(who, Presence.AVAILABLE, "", Set.of(Capability.VOICE_CALL), false);
            case Response.BUSY_HERE, Response.BUSY_EVERYWHERE -> new EndpointStatus(who, Presence.BUSY, "in a call",
                    Set.of(Capability.VOICE_CALL), false);
            case Response.DECLINE -> new EndpointStatus(who, Presence.BUSY, "not taking calls", Set.of(), false);
            case Response.NOT_FOUND, Response.TEMPORARILY_UNAVAILABLE, Response.GONE, Response.REQUEST_TIMEOUT,
                 Response.DOES_NOT_EXIST_ANYWHERE -> new EndpointStatus(who, Presence.OFFLINE, "not signed in", Set.of(), false);
            default -> EndpointStatus.unknown(who);
        };
    }

    /** The capabilities named by the answer's Allow headers; empty when it has none. */
    private static Optional<Set<Capability>> allowed(Response response) {
        var headers = response.getHeaders(AllowHeader.NAME);
        if (headers == null || !headers.hasNext()) {
            return Optional.empty();
        }
        Set<Capability> can = EnumSet.noneOf(Capability.class);
        while (headers.hasNext()) {
            String method = ((AllowHeader) headers.next()).getMethod().strip().toUpperCase(Locale.ROOT);
            switch (method) {
                case Request.INVITE -> can.add(Capability.VOICE_CALL);
                case Request.MESSAGE -> can.add(Capability.TEXT_CHAT);
                default -> { }
            }
        }
        return Optional.of(can);
    }

    @Override
    public AutoCloseable onPresence(Consumer<EndpointStatus> listener) {
        return hub.subscribe(listener);
    }
}
