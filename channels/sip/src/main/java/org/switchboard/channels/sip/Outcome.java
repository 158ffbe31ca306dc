package org.switchboard.channels.sip;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;

/** How a request we sent ended: a final answer, silence, or no way to send it. */
sealed interface Outcome {
    /** A final response (2xx–6xx), after any digest challenge was answered. */
    record Answered(Response response, ClientTransaction transaction, @Nullable Dialog dialog) implements Outcome {
        int status() {
            return response.getStatusCode();
        }

        boolean success() {
            return status() / 100 == 2;
        }

        /** {@code 486 Busy Here}. */
        String describe() {
            return status() + " " + response.getReasonPhrase();
        }
    }

    /** No final response within the transaction's timers. */
    record TimedOut() implements Outcome {}

    /** The request could not be sent (refused connection, failed TLS handshake, unresolvable host). */
    record Unreachable(String reason, @Nullable Throwable cause) implements Outcome {}
}
