package org.switchboard.contacts;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether someone is free to be interrupted, possibly until a given time ("busy until 15:00"
 * from a calendar, or a Do-Not-Disturb setting).
 *
 * @param busy true while busy
 * @param until when the busy period ends, or {@code null} if open-ended
 * @param reason plain text such as "In a meeting"; empty when none
 */
public record Availability(boolean busy, @Nullable Instant until, String reason) {
    public static final Availability FREE = new Availability(false, null, "");

    public static Availability busyUntil(Instant until, String reason) {
        return new Availability(true, until, reason);
    }

    /** True when busy at {@code now} (a busy period that has ended no longer counts). */
    public boolean isBusyAt(Instant now) {
        return busy && (until == null || now.isBefore(until));
    }

    public Optional<Instant> busyUntil() {
        return Optional.ofNullable(until);
    }
}
