package org.switchboard.app.call;

import java.time.Duration;
import java.time.Instant;
import org.switchboard.channels.api.CallState;

/** The plain words of a call's state, with the talk time ("Connected 01:23", "On hold 04:10", "They are busy"). */
public final class CallTexts {
    private CallTexts() {}

    /** The state line at {@code now}: a connected call counts its talk time from {@link CallState.Connected#since()}. */
    public static String status(CallState state, Instant now) {
        return switch (state) {
            case CallState.Dialling d -> "Calling…";
            case CallState.Ringing r -> "Ringing…";
            case CallState.Incoming i -> "Incoming call…";
            case CallState.Connected c -> connected(c) + " " + elapsed(Duration.between(c.since(), now));
            case CallState.Ended e -> e.talked().isZero() || e.talked().isNegative()
                    ? e.reason().words() : e.reason().words() + " · " + elapsed(e.talked());
        };
    }

    private static String connected(CallState.Connected state) {
        if (state.heldByUs()) {
            return "On hold";
        }
        return state.heldByThem() ? "They put you on hold" : "Connected";
    }

    /** {@code 01:23} under an hour, {@code 1:02:03} from then on; negative durations count as zero. */
    public static String elapsed(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, rest) : "%02d:%02d".formatted(minutes, rest);
    }
}
