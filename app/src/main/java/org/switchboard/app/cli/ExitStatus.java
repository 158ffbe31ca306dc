package org.switchboard.app.cli;

/** The exit statuses of the {@code switchboard} command. */
public final class ExitStatus {
    public static final int OK = 0;
    /** Anything that went wrong that is not a usage error. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** {@code reach}: the person cannot be reached for the asked intent (the reason is printed). */
    public static final int UNREACHABLE = 3;

    private ExitStatus() {}
}
