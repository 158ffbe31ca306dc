package org.switchboard.media.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polls a condition until a deadline: the tests' only way to wait (no sleeps). A failed wait carries
 * the audio stack's state at that moment ({@link AudioStateReport}).
 */
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
                throw withAudioState(new AssertionError("Timed out after " + deadline.toMillis() + " ms waiting for " + what));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** {@code failure} with the audio stack's state at this moment, also printed to stderr (the build log). */
    private static AssertionError withAudioState(AssertionError failure) {
        String state = "Audio state when this wait failed (" + failure.getMessage() + "):\n" + AudioStateReport.now();
        System.err.println(state);
        failure.addSuppressed(new AssertionError(state));
        return failure;
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
                throw withAudioState(new AssertionError("Broken while waiting: " + invariant));
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
