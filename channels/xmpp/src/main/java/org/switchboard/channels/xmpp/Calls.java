package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/**
 * Runs blocking Smack calls on the channel's I/O executor (virtual threads) and completes the
 * caller's future on the events executor, with Smack's failures turned into {@link ChannelException}s.
 */
final class Calls {
    private final Executor io;
    private final Executor events;
    private final Supplier<@Nullable PinningTrustManager> trust;

    Calls(Executor io, Executor events, Supplier<@Nullable PinningTrustManager> trust) {
        this.io = io;
        this.events = events;
        this.trust = trust;
    }

    /** A blocking call that yields a value. */
    <T> CompletableFuture<T> call(Blocking<T> work) {
        return later(() -> CompletableFuture.completedFuture(work.run()), null);
    }

    /** A blocking call whose result comes later (an acknowledgement), bounded by {@code deadline}. */
    <T> CompletableFuture<T> later(Blocking<CompletableFuture<T>> work, @Nullable Duration deadline) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
                    try {
                        return work.run();
                    } catch (Exception e) {
                        return CompletableFuture.<T>failedFuture(e);
                    }
                }, io)
                .thenCompose(f -> deadline == null ? f : f.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS))
                .whenCompleteAsync((value, failure) -> {
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(mapped(failure));
                    }
                }, events);
        return result;
    }

    /** A future that fails at once, on the events executor as every other result does. */
    <T> CompletableFuture<T> failed(ChannelException e) {
        return CompletableFuture.<T>failedFuture(e).whenCompleteAsync((v, f) -> {}, events);
    }

    private ChannelException mapped(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return new ChannelException.Timeout("The server did not confirm in time.", cause);
        }
        return ChannelErrors.map(cause, trust.get());
    }

    /** Work that blocks and may throw Smack's checked exceptions. */
    @FunctionalInterface
    interface Blocking<T> {
        T run() throws Exception;
    }
}
