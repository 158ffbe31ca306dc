package org.switchboard.app.accounts;

import java.time.Duration;
import java.time.Instant;
import org.switchboard.channels.api.ChannelState;

/** Words and a style class for an account's connection state. */
final class AccountStateTexts {
    private AccountStateTexts() {}

    static String describe(ChannelState state, boolean enabled, Instant now) {
        if (!enabled) {
            return "Switched off";
        }
        return switch (state) {
            case ChannelState.Disconnected d -> "Not connected";
            case ChannelState.Connecting c -> c.attempt() > 1 ? "Connecting (attempt " + c.attempt() + ")…" : "Connecting…";
            case ChannelState.Connected c -> "Connected";
            case ChannelState.Retrying r -> "Retrying in " + secondsUntil(r.nextAttempt(), now) + " s — last error: "
                    + r.lastError();
            case ChannelState.Interrupted i -> "Connection lost — reconnecting…";
            case ChannelState.Failed f -> "Failed: " + f.reason();
        };
    }

    /** A presence-dot style class: available when connected, away while connecting or retrying, busy when failed. */
    static String styleClass(ChannelState state, boolean enabled) {
        if (!enabled) {
            return "offline";
        }
        return switch (state) {
            case ChannelState.Connected c -> "available";
            case ChannelState.Connecting c -> "away";
            case ChannelState.Retrying r -> "away";
            case ChannelState.Interrupted i -> "away";
            case ChannelState.Failed f -> "busy";
            case ChannelState.Disconnected d -> "offline";
        };
    }

    private static long secondsUntil(Instant next, Instant now) {
        return Math.max(0, (Duration.between(now, next).toMillis() + 999) / 1000);
    }
}
