package org.switchboard.app.call;

import org.switchboard.channels.api.CallState;

/** The few looks a call window has: being set up, talking, on hold (either side), over. */
public enum CallPhase {
    SETTING_UP,
    CONNECTED,
    ON_HOLD,
    ENDED;

    public static CallPhase of(CallState state) {
        return switch (state) {
            case CallState.Dialling d -> SETTING_UP;
            case CallState.Ringing r -> SETTING_UP;
            case CallState.Incoming i -> SETTING_UP;
            case CallState.Connected c -> c.onHold() ? ON_HOLD : CONNECTED;
            case CallState.Ended e -> ENDED;
        };
    }

    /** A style class for the phase: {@code setting-up}, {@code connected}, {@code on-hold}, {@code ended}. */
    public String styleClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
