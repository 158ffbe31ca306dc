package org.switchboard.channels.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class EventHubTest {
    @Test
    void deliversInOrderAndSurvivesAThrowingListener() {
        EventHub<Integer> hub = new EventHub<>("test", Runnable::run);
        List<Integer> seen = new ArrayList<>();
        hub.subscribe(e -> {
            throw new IllegalStateException("bug");
        });
        hub.subscribe(e -> {
            seen.add(e);
            if (e == 1) {
                hub.publish(3); // published from inside a delivery: queued behind 2
            }
        });

        hub.publish(1);
        hub.publish(2);

        assertThat(seen).containsExactly(1, 3, 2);
    }

    @Test
    void queuedEventsWaitForTheExecutor() {
        List<Runnable> tasks = new ArrayList<>();
        EventHub<String> hub = new EventHub<>("test", tasks::add);
        List<String> seen = new ArrayList<>();
        hub.subscribe(seen::add);

        hub.publish("a");
        hub.publish("b");
        assertThat(seen).isEmpty();
        assertThat(tasks).hasSize(1);
        tasks.getFirst().run();

        assertThat(seen).containsExactly("a", "b");
    }

    @Test
    void aRefusingExecutorDropsEventsWithoutThrowing() throws Exception {
        EventHub<String> hub = new EventHub<>("test", r -> {
            throw new RejectedExecutionException("shut down");
        });
        List<String> seen = new ArrayList<>();
        try (AutoCloseable handle = hub.subscribe(seen::add)) {
            hub.publish("lost");
        }
        assertThat(seen).isEmpty();
    }
}
