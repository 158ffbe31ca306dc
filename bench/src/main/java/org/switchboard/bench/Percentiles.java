package org.switchboard.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of a set of measurements in nanoseconds, printed in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double millis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    int count() {
        return sorted.length;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                count(), millis(50), millis(95), millis(99), millis(100));
    }
}
