package org.switchboard.media.jitsi;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One stream's own wake-up: PulseAudio's callbacks for that stream {@link #signal()} it, and only the
 * thread that waits for that stream wakes (a threaded mainloop's signal wakes every waiter of the
 * connection). A signal given before the wait is not lost.
 */
final class StreamWakeup {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signalled = lock.newCondition();
    private boolean pending;

    /** Wakes the waiter, or the next wait if none waits now. */
    void signal() {
        lock.lock();
        try {
            pending = true;
            signalled.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until signalled or {@code timeoutMs} passed, consuming the signal. An interrupt ends the
     * wait early and stays set on the thread.
     */
    void await(long timeoutMs) {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (!pending && nanos > 0) {
                nanos = signalled.awaitNanos(nanos);
            }
            pending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
