package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeldExecutorTest {
    @Test
    void holdsTasksUntilReleasedThenPassesThemOnInOrderAndLaterOnesAtOnce() {
        List<String> ran = new CopyOnWriteArrayList<>();
        HeldExecutor held = new HeldExecutor(Runnable::run);

        held.execute(() -> ran.add("first"));
        held.execute(() -> ran.add("second"));
        assertThat(ran).isEmpty();

        held.release();
        assertThat(ran).containsExactly("first", "second");
        held.execute(() -> ran.add("third"));
        held.release();
        assertThat(ran).containsExactly("first", "second", "third");
    }

    @Test
    void aTaskGivenWhileTheHeldOnesArePassedOnComesAfterThem() throws Exception {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        HeldExecutor held = new HeldExecutor(Runnable::run);
        CountDownLatch releasing = new CountDownLatch(1);
        CountDownLatch late = new CountDownLatch(1);
        held.execute(() -> {
            releasing.countDown();
            ran.add(1);
        });
        for (int i = 2; i <= 1_000; i++) {
            int n = i;
            held.execute(() -> ran.add(n));
        }
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                releasing.await();
                held.execute(() -> ran.add(1_001));
                late.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        held.release();
        assertThat(late.await(10, TimeUnit.SECONDS)).isTrue();
        other.join();
        assertThat(ran).hasSize(1_001).isSorted();
    }
}
