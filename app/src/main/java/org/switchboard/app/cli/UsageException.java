package org.switchboard.app.cli;

/** The command line was wrong; the message says how, and the exit status is 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
