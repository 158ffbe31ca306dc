package org.switchboard.app.channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.channels.xmpp.Await;

/** A scheduler the test steps by hand: retries wait until the test runs them, so no test sleeps. */
final class ManualScheduler implements Scheduler {
    private final List<Task> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    private static final class Task {
        final Runnable run;
        volatile boolean cancelled;

        Task(Runnable run) {
            this.run = run;
        }
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task t = new Task(task);
        pending.add(t);
        delays.add(delay);
        return () -> t.cancelled = true;
    }

    /** How many retries are waiting (cancelled ones do not count). */
    synchronized int pending() {
        return (int) pending.stream().filter(t -> !t.cancelled).count();
    }

    /** Every delay asked for so far. */
    synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** Runs the next waiting retry, waiting (with the harness deadline) for one to be scheduled. */
    void runNext() {
        Task next = Await.until("a scheduled retry", this::take);
        next.run.run();
    }

    private synchronized Optional<Task> take() {
        while (!pending.isEmpty()) {
            Task t = pending.removeFirst();
            if (!t.cancelled) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
