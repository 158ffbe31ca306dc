package org.switchboard.channels.xmpp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Records a channel's events for the test thread to wait on. */
final class Recorder<T> implements Consumer<T> {
    private final List<T> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(T event) {
        events.add(event);
    }

    <S extends T> S await(String what, Class<S> type, Predicate<? super S> match) {
        return Await.until(what + " (got " + events.size() + " events)", () -> events.stream()
                .filter(type::isInstance).map(type::cast).filter(match).findFirst());
    }

    List<T> events() {
        return List.copyOf(events);
    }
}
