package org.switchboard.channels.sip;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.support.SerialExecutor;

/**
 * The channel's one logical signalling thread: every SIP event, user action and timer of the
 * channel runs here, one at a time and in order (a {@link SerialExecutor} over virtual threads),
 * so that registration and call state need no locks. A task that throws is logged and skipped.
 */
final class Signalling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Signalling.class);
    private final String name;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final SerialExecutor serial = new SerialExecutor(threads);
    private final ScheduledExecutorService timer;
    private volatile boolean closed;

    Signalling(String name) {
        this.name = name;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sip-timer " + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} on the signalling thread; {@code what} names it in the log if it fails. False once closed. */
    boolean run(String what, Runnable task) {
        if (closed) {
            LOG.debug("{}: {} dropped, the channel is closed", name, what);
            return false;
        }
        try {
            serial.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("{}: {} failed; the channel goes on", name, what, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: {} dropped, the channel is closed", name, what);
            return false;
        }
    }

    /** Computes a value on the signalling thread. */
    <T> CompletableFuture<T> call(String what, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        boolean queued = run(what, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        if (!queued) {
            result.completeExceptionally(new IllegalStateException("the channel is closed"));
        }
        return result;
    }

    /** Runs {@code task} on the signalling thread after {@code delay}; cancel the returned handle to stop it. */
    Timer schedule(Duration delay, String what, Runnable task) {
        try {
            ScheduledFuture<?> future = timer.schedule(() -> run(what, task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> {};
        }
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("{}: signalling work did not stop within 5 s of closing", name);
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A pending timer. */
    @FunctionalInterface
    interface Timer {
        Timer NONE = () -> {};

        void cancel();
    }
}
