package org.switchboard.app.cli;

/** Placeholder replaced in the next commit. */
public final class CommandLineInterface {
    public static final int GUI_STARTED = -1;

    public static CommandLineInterface standard() {
        return new CommandLineInterface();
    }

    public int run(String[] args) {
        return 0;
    }
}
