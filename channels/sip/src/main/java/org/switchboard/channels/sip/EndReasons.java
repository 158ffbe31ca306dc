package org.switchboard.channels.sip;

import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.EndReason.Kind;

/** How SIP's final responses to an INVITE read on the call window. */
final class EndReasons {
    private EndReasons() {}

    /** The reason a call we placed ended with {@code status} ({@code reason} is the response's phrase). */
    static EndReason forStatus(int status, String reason) {
        String code = Integer.toString(status);
        return switch (status) {
            case 486, 600 -> new EndReason(Kind.BUSY, code, Kind.BUSY.words());
            case 603 -> new EndReason(Kind.DECLINED, code, Kind.DECLINED.words());
            case 404, 604 -> new EndReason(Kind.NOT_FOUND, code, Kind.NOT_FOUND.words());
            case 410 -> new EndReason(Kind.NOT_FOUND, code, "That address is no longer in use");
            case 480 -> new EndReason(Kind.UNAVAILABLE, code, Kind.UNAVAILABLE.words());
            case 408 -> new EndReason(Kind.NO_ANSWER, code, Kind.NO_ANSWER.words());
            case 487 -> new EndReason(Kind.CANCELLED, code, Kind.CANCELLED.words());
            case 488, 606 -> new EndReason(Kind.FAILED, code, "Your phones could not agree on an audio format (" + code + ")");
            case 401, 403, 407 -> new EndReason(Kind.FAILED, code, "The server refused the call: the account's password was not accepted ("
                    + code + ")");
            case 484 -> new EndReason(Kind.NOT_FOUND, code, "The address is incomplete");
            case 503 -> new EndReason(Kind.FAILED, code, "The server could not place the call right now (503)");
            default -> new EndReason(Kind.FAILED, code, Kind.FAILED.words() + " (" + code + " " + reason + ")");
        };
    }

    static EndReason failed(String words) {
        return new EndReason(Kind.FAILED, "", words);
    }
}
