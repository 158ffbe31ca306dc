package org.switchboard.channels.sip;

/** A session description we cannot read or cannot agree to; the message names the input and the problem. */
final class SdpException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int warningCode;

    /**
     * @param warningCode the SIP Warning code for the refusal (RFC 3261 §20.43): 399 for malformed input,
     *     304/305 for media or formats we do not have
     */
    SdpException(int warningCode, String message) {
        super(message);
        this.warningCode = warningCode;
    }

    int warningCode() {
        return warningCode;
    }
}
