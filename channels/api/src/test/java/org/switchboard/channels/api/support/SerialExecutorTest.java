package org.switchboard.channels.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Order of a {@link SerialExecutor}'s tasks, and when {@link SerialExecutor#hereWhenIdle} runs one on the calling thread. */
class SerialExecutorTest {
    private final List<Runnable> delegated = new ArrayList<>();
    private final SerialExecutor serial = new SerialExecutor(delegated::add);
    private final List<String> ran = new ArrayList<>();

    @Test
    void aTaskWithNothingBeforeItRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        serial.hereWhenIdle().execute(() -> ran.add(Thread.currentThread() == caller ? "here" : "elsewhere"));

        assertThat(ran).containsExactly("here");
        assertThat(delegated).isEmpty();
    }

    @Test
    void aTaskWithOthersBeforeItWaitsForThemInOrder() {
        Executor here = serial.hereWhenIdle();
        serial.execute(() -> ran.add("first"));
        here.execute(() -> ran.add("second"));

        assertThat(ran).isEmpty();
        assertThat(delegated).hasSize(1);
        delegated.getFirst().run();
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void tasksGivenWhileOneRunsHereFollowItOnTheDelegate() {
        serial.hereWhenIdle().execute(() -> {
            ran.add("here");
            serial.execute(() -> ran.add("queued meanwhile"));
            ran.add("still here");
        });

        assertThat(ran).containsExactly("here", "still here");
        assertThat(delegated).hasSize(1);
        delegated.getFirst().run();
        assertThat(ran).containsExactly("here", "still here", "queued meanwhile");
        serial.hereWhenIdle().execute(() -> ran.add("idle again"));
        assertThat(ran).last().isEqualTo("idle again");
    }

    @Test
    void aTaskThatFailsHereLeavesTheExecutorUsable() {
        serial.hereWhenIdle().execute(() -> {
            throw new IllegalStateException("expected in this test");
        });
        serial.hereWhenIdle().execute(() -> ran.add("next"));

        assertThat(ran).containsExactly("next");
        assertThat(delegated).isEmpty();
    }
}
