package org.switchboard.bench;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the FX thread as the hub's listener executor: one platform thread, FIFO, like
 * {@code Platform::runLater}. Records the longest single task (the longest the "UI" was blocked)
 * and the longest wait of a task in the queue.
 */
final class UiThread implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "bench-ui"));
    private final AtomicLong longestTask = new AtomicLong();
    private final AtomicLong longestWait = new AtomicLong();
    private final AtomicLong tasks = new AtomicLong();

    @Override
    public void execute(Runnable task) {
        long queued = System.nanoTime();
        thread.execute(() -> {
            long start = System.nanoTime();
            try {
                task.run();
            } finally {
                long end = System.nanoTime();
                longestWait.accumulateAndGet(start - queued, Math::max);
                longestTask.accumulateAndGet(end - start, Math::max);
                tasks.incrementAndGet();
            }
        });
    }

    void reset() {
        longestTask.set(0);
        longestWait.set(0);
        tasks.set(0);
    }

    double longestTaskMillis() {
        return longestTask.get() / 1e6;
    }

    double longestWaitMillis() {
        return longestWait.get() / 1e6;
    }

    long tasks() {
        return tasks.get();
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
    }
}
