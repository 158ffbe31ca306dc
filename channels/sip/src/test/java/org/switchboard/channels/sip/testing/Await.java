package org.switchboard.channels.sip.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until a deadline: the tests' only way to wait (no bare sleeps). */
public final class Await {
    public static final Duration DEADLINE = Duration.ofSeconds(10);

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
            LockSupport.parkNanos(20_000_000L);
        }
    }

    public static <T> T until(String what, Supplier<Optional<T>> probe) {
        return until(what, DEADLINE, probe);
    }

    public static void untilTrue(String what, Duration deadline, BooleanSupplier condition) {
        until(what, deadline, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    public static void untilTrue(String what, BooleanSupplier condition) {
        untilTrue(what, DEADLINE, condition);
    }

    /** True when {@code condition} holds during all of {@code period} (checked every 20 ms). */
    public static boolean holds(Duration period, BooleanSupplier condition) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            if (!condition.getAsBoolean()) {
                return false;
            }
            LockSupport.parkNanos(20_000_000L);
        }
        return condition.getAsBoolean();
    }
}
