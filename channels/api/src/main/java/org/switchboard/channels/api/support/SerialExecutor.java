package org.switchboard.channels.api.support;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in the order they were given, on another executor: a channel's sends or
 * its signalling go through one, so that they keep their order and its state needs no locks.
 */
public final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    private final Executor delegate;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    public SerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            delegate.execute(this::drain);
        } catch (RuntimeException e) {
            synchronized (tasks) {
                running = false;
            }
            throw e;
        }
    }

    /**
     * This executor, except that a task with nothing queued or running before it runs at once on the
     * calling thread (one hand-over fewer); for tasks that never block, such as handing a stanza to a
     * library's writer queue. Order is kept: tasks given meanwhile run after it, on the delegate.
     */
    public Executor hereWhenIdle() {
        return task -> {
            if (!runHereIfIdle(task)) {
                execute(task);
            }
        };
    }

    private boolean runHereIfIdle(Runnable task) {
        synchronized (tasks) {
            if (running) {
                return false;
            }
            running = true;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("A channel task failed; continuing with the next", e);
        } finally {
            boolean more;
            synchronized (tasks) {
                more = !tasks.isEmpty();
                running = more;
            }
            if (more) {
                try {
                    delegate.execute(this::drain);
                } catch (RuntimeException e) { // the delegate is shut down: the queued tasks cannot run
                    synchronized (tasks) {
                        running = false;
                    }
                    LOG.warn("Tasks queued behind one run here were refused: {}", e.toString());
                }
            }
        }
        return true;
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    running = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A queued channel task failed; continuing with the next", e);
            }
        }
    }
}
