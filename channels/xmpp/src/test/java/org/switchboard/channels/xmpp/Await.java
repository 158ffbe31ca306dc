package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls a condition until a deadline: the tests' only way to wait (no sleeps). */
public final class Await {
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    private Await() {}

    /** The first non-empty value of {@code probe} within the deadline; fails with {@code what} otherwise. */
    public static <T> T until(String what, Supplier<Optional<T>> probe) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + DEADLINE.toSeconds() + " s waiting for " + what);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
    }

    public static void untilTrue(String what, Supplier<Boolean> condition) {
        until(what, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
