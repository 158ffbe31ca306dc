package org.switchboard.app.cli;

/** A command could not do its work; the message is the one line printed on stderr. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    CommandFailure(String message, int status) {
        super(message);
        this.status = status;
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
        this.status = ExitStatus.FAILURE;
    }

    int status() {
        return status;
    }
}
