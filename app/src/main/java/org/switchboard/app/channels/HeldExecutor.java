package org.switchboard.app.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Holds the tasks given to it until {@link #release()}, then passes them on to {@code delegate} in
 * the order they came, and every later one at once. The GUI's hub uses one so that its accounts can
 * connect while the window is still being built: what they report waits for the window's listeners.
 */
final class HeldExecutor implements Executor {
    private final Executor delegate;
    private final Object lock = new Object();
    private @Nullable List<Runnable> held = new ArrayList<>();

    HeldExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (lock) {
            List<Runnable> waiting = held;
            if (waiting != null) {
                waiting.add(task);
                return;
            }
        }
        delegate.execute(task);
    }

    /** Passes on what was held; from now on tasks go straight through. A second call does nothing. */
    void release() {
        synchronized (lock) { // under the lock: a task given meanwhile waits, so it still comes after the held ones
            List<Runnable> waiting = held;
            if (waiting == null) {
                return;
            }
            held = null;
            waiting.forEach(delegate::execute);
        }
    }
}
