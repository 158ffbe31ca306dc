package org.switchboard.media.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until a deadline: the tests' only way to wait (no sleeps). */
public final class Await {
    public static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final long POLL_NANOS = 20_000_000L;

    private Await() {}

    /** The first non-empty value of {@code probe} within {@code deadline}; fails naming {@code what} otherwise. */
    public static <T> T until(String what, Duration deadline, Supplier<Optional<T>> probe) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + deadline.toMillis() + " ms waiting for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    public static void untilTrue(String what, Duration deadline, BooleanSupplier condition) {
        until(what, deadline, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    public static void untilTrue(String what, BooleanSupplier condition) {
        untilTrue(what, DEADLINE, condition);
    }

    /**
     * Lets {@code duration} pass while checking {@code invariant} (for "nothing happens" assertions,
     * which need a span of time rather than a condition to wait for).
     */
    public static void during(Duration duration, String invariant, BooleanSupplier holds) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (!holds.getAsBoolean()) {
                throw new AssertionError("Broken while waiting: " + invariant);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
