package org.switchboard.channels.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How an account treats incoming calls: Do-Not-Disturb and forwarding (always, when busy, on no answer). */
public interface CallHandling extends ChannelCapability {
    /** Applies at once to the next incoming call. */
    void apply(Rules rules);

    Rules rules();

    /**
     * @param doNotDisturb refuse every incoming call (486 Busy Here / 480) without ringing
     * @param forwardAlways send every incoming call to this address (302 Moved Temporarily)
     * @param forwardWhenBusy send it there when we are already in a call
     * @param forwardOnNoAnswer send it there when nobody answered within {@code noAnswerAfter}
     */
    record Rules(boolean doNotDisturb, Optional<String> forwardAlways, Optional<String> forwardWhenBusy,
                 Optional<String> forwardOnNoAnswer, Duration noAnswerAfter) {
        public static final Rules NONE = new Rules(false, Optional.empty(), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(20));

        public Rules {
            Objects.requireNonNull(forwardAlways, "forwardAlways");
            Objects.requireNonNull(forwardWhenBusy, "forwardWhenBusy");
            Objects.requireNonNull(forwardOnNoAnswer, "forwardOnNoAnswer");
            Objects.requireNonNull(noAnswerAfter, "noAnswerAfter");
        }
    }
}
