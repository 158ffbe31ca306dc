package org.switchboard.app.channels;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs a task once after a delay: the hub's retries. Tests pass one they step by hand (no sleeps). */
@FunctionalInterface
public interface Scheduler {
    /** Runs {@code task} after {@code delay} unless cancelled first. */
    Scheduled schedule(Duration delay, Runnable task);

    /** A task waiting to run. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }

    /** Real time, on the JDK's shared delay scheduler; the task itself runs on a virtual thread. */
    static Scheduler system() {
        return (delay, task) -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            var later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS,
                    command -> Thread.ofVirtual().name("switchboard-retry").start(command));
            later.execute(() -> {
                if (!cancelled.get()) {
                    task.run();
                }
            });
            return () -> cancelled.set(true);
        };
    }
}
