package org.switchboard.channels.api.support;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one boundary where events leave a channel's threads: each event is handed to the caller's
 * executor once, events keep their order (one drain task at a time), and a listener that throws is
 * logged and skipped so that neither the library's threads nor the other listeners suffer.
 */
public final class EventHub<E> {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private final String name;
    private final Executor executor;
    private final CopyOnWriteArrayList<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();
    private final Queue<E> pending = new ArrayDeque<>();
    private boolean draining;

    public EventHub(String name, Executor executor) {
        this.name = name;
        this.executor = executor;
    }

    public AutoCloseable subscribe(Consumer<? super E> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Queues {@code event}; delivery happens on the executor, in order. */
    public void publish(E event) {
        synchronized (pending) {
            pending.add(event);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            LOG.warn("The {} event executor refused work; events are dropped: {}", name, e.toString());
            synchronized (pending) {
                pending.clear();
                draining = false;
            }
        }
    }

    private void drain() {
        while (true) {
            E event;
            synchronized (pending) {
                event = pending.poll();
                if (event == null) {
                    draining = false;
                    return;
                }
            }
            deliver(event);
        }
    }

    private void deliver(E event) {
        for (Consumer<? super E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw e;
                }
                LOG.warn("A {} listener failed on {}; continuing", name, event.getClass().getSimpleName(), e);
            }
        }
    }
}
