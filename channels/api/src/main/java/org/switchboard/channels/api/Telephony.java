package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.Endpoint;

/** A channel that places voice calls. */
public interface Telephony extends ChannelCapability {
    CompletableFuture<CallOutcome> call(Endpoint to);

    /** How a call attempt ended up: expected outcomes are results, not exceptions. */
    sealed interface CallOutcome {
        record Answered(String callId) implements CallOutcome {}

        record Busy() implements CallOutcome {}

        record Rejected(String why) implements CallOutcome {}

        record NotFound() implements CallOutcome {}
    }
}
