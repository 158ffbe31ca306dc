package org.switchboard.app.accounts;

import java.time.Duration;
import java.time.Instant;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.EndpointKind;

/**
 * Words and a style class for an account's connection state. A SIP account registers at its server
 * rather than connecting to it, and is worded so: registered, registering, registration lost.
 */
final class AccountStateTexts {
    private AccountStateTexts() {}

    static String describe(EndpointKind kind, ChannelState state, boolean enabled, Instant now) {
        if (!enabled) {
            return "Switched off";
        }
        return kind == EndpointKind.SIP ? describeSip(state, now) : describeConnection(state, now);
    }

    private static String describeConnection(ChannelState state, Instant now) {
        return switch (state) {
            case ChannelState.Disconnected d -> "Not connected";
            case ChannelState.Connecting c -> c.attempt() > 1 ? "Connecting (attempt " + c.attempt() + ")…" : "Connecting…";
            case ChannelState.Connected c -> "Connected";
            case ChannelState.Retrying r -> retrying(r, now);
            case ChannelState.Interrupted i -> "Connection lost — reconnecting…";
            case ChannelState.Failed f -> "Failed: " + f.reason();
        };
    }

    private static String describeSip(ChannelState state, Instant now) {
        return switch (state) {
            case ChannelState.Disconnected d -> "Not registered";
            case ChannelState.Connecting c -> c.attempt() > 1 ? "Registering (attempt " + c.attempt() + ")…" : "Registering…";
            case ChannelState.Connected c -> "Registered — ready for calls";
            case ChannelState.Retrying r -> retrying(r, now);
            case ChannelState.Interrupted i -> "Registration lost — registering again…";
            case ChannelState.Failed f -> "Registration failed: " + f.reason();
        };
    }

    /** What happens after a saved change makes the account's channel anew. */
    static String reconnecting(EndpointKind kind) {
        return kind == EndpointKind.SIP ? "registering again with the new settings" : "connecting again with the new settings";
    }

    private static String retrying(ChannelState.Retrying retrying, Instant now) {
        return "Retrying in " + secondsUntil(retrying.nextAttempt(), now) + " s — last error: " + retrying.lastError();
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
