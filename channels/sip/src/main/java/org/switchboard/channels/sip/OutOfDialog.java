package org.switchboard.channels.sip;

import java.text.ParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.sip.InvalidArgumentException;
import javax.sip.message.Request;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.contacts.Endpoint;

/**
 * Requests outside any dialog (MESSAGE, OPTIONS): built on the signalling thread against the
 * connected account, sent through its transactions (digest challenges answered there), the final
 * outcome handed to the caller's handler; the returned future completes on the channel's event
 * executor. An account that is not connected or closed, and an address SIP cannot take, fail the
 * future with a {@link ChannelException}.
 */
final class OutOfDialog {
    /** Builds the request against the connected account. */
    interface Builder {
        Request build(CallContext ctx) throws ParseException, InvalidArgumentException;
    }

    /** Completes {@code result} from the request's final outcome. */
    interface Handler<T> {
        void answered(Outcome outcome, CompletableFuture<T> result);
    }

    private final Signalling signalling;
    private final Executor events;
    private final Supplier<Optional<CallContext>> context;

    OutOfDialog(Signalling signalling, Executor events, Supplier<Optional<CallContext>> context) {
        this.signalling = signalling;
        this.events = events;
        this.context = context;
    }

    /** {@code what} names the request in plain words for errors ("send to", "ask"): "Cannot ask sip:… by SIP: …". */
    <T> CompletableFuture<T> send(String method, String what, Endpoint to, Builder builder, Handler<T> handler) {
        CompletableFuture<T> result = new CompletableFuture<>();
        boolean queued = signalling.run(method + " to " + to.address(), () -> {
            try {
                CallContext ctx = context.get().orElseThrow(
                        () -> new ChannelException.NotConnected("The SIP account is not connected.", null));
                ctx.transactions().send(builder.build(ctx)).outcome().thenAccept(outcome -> handler.answered(outcome, result));
            } catch (ChannelException e) {
                result.completeExceptionally(e);
            } catch (ParseException | InvalidArgumentException | IllegalArgumentException e) {
                result.completeExceptionally(new ChannelException.Unsupported("Cannot " + what + " " + to.address() + " by SIP: "
                        + e.getMessage(), e));
            }
        });
        if (!queued) {
            result.completeExceptionally(new ChannelException.NotConnected("The SIP account is closed.", null));
        }
        return result.whenCompleteAsync((value, failure) -> {}, events);
    }
}
