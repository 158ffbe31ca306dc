package org.switchboard.app.channels;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's listeners of one kind of event: each event is handed to the listeners' executor once
 * (one task for all listeners, so a FIFO executor keeps the order), and a listener that throws is
 * logged and skipped.
 */
final class Listeners<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
    private final String name;
    private final Executor executor;
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    Listeners(String name, Executor executor) {
        this.name = name;
        this.executor = executor;
    }

    AutoCloseable add(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Hands {@code event} to the listeners there are when the executor runs it, so that one added before
     * then (a window built while its hub's events were held) gets it too.
     */
    void publish(T event) {
        try {
            executor.execute(() -> deliver(List.copyOf(listeners), event));
        } catch (RejectedExecutionException e) {
            LOG.warn("The {} listeners' executor refused an event (shutting down?): {}", name, e.toString());
        }
    }

    private void deliver(List<Consumer<? super T>> now, T event) {
        for (Consumer<? super T> listener : now) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A {} listener failed on {}; continuing", name, event.getClass().getSimpleName(), e);
            }
        }
    }
}
