package org.switchboard.channels.api;

import java.util.Objects;

/**
 * Why a call ended, with the words a person reads on the call window.
 *
 * @param kind what happened
 * @param code the protocol's status when the other side or a server refused (SIP {@code 486}); empty otherwise
 * @param words plain text such as "Barbie is busy" or "the number was not found"
 */
public record EndReason(Kind kind, String code, String words) {
    public EndReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(words, "words");
    }

    public static EndReason of(Kind kind) {
        return new EndReason(kind, "", kind.words);
    }

    /** The closed set of outcomes; expected ones (busy, declined) are results, not failures. */
    public enum Kind {
        HUNG_UP("You hung up"),
        REMOTE_HUNG_UP("They hung up"),
        CANCELLED("You cancelled the call"),
        MISSED("They gave up before it was answered"),
        REJECTED_BY_US("You declined the call"),
        BUSY("They are busy"),
        DECLINED("They declined the call"),
        NOT_FOUND("Nobody by that address was found"),
        UNAVAILABLE("They are not available right now"),
        NO_ANSWER("No answer"),
        FAILED("The call failed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
