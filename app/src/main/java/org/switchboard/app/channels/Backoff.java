package org.switchboard.app.channels;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with full jitter: before retry {@code n} (1-based) wait a uniformly random
 * time between zero and {@code min(cap, base × 2^(n-1))}, so that many clients losing the same
 * server do not come back in step.
 *
 * @param random values in [0, 1); tests pass a fixed one
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier random) {
    /** 1 s doubling up to a 60 s cap. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The longest wait before retry {@code failures} (1-based). */
    public Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    /** The wait before retry {@code failures}: full jitter below the ceiling. */
    public Duration delay(int failures) {
        double r = Math.min(Math.max(random.getAsDouble(), 0), 1);
        return Duration.ofMillis((long) (r * ceiling(failures).toMillis()));
    }
}
