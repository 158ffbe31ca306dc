package org.switchboard.channels.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Where a call stands. */
public sealed interface CallState {
    /** The request went out; no answer from the other side yet. */
    record Dialling() implements CallState {}

    /** The other side is ringing (180/183). */
    record Ringing() implements CallState {}

    /** Someone is calling us; {@link Call#answer()} or {@link Call#reject()}. */
    record Incoming() implements CallState {}

    /** Talking since {@code since}; {@code heldByUs}/{@code heldByThem} when either side put it on hold. */
    record Connected(Instant since, boolean heldByUs, boolean heldByThem) implements CallState {
        public Connected {
            Objects.requireNonNull(since, "since");
        }

        public boolean onHold() {
            return heldByUs || heldByThem;
        }
    }

    /** Over; {@code talked} is zero when it never connected. */
    record Ended(EndReason reason, Duration talked) implements CallState {
        public Ended {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(talked, "talked");
        }
    }
}
