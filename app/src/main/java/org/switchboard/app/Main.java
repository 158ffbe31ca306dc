package org.switchboard.app;

import org.switchboard.app.cli.CommandLineInterface;

/**
 * The {@code switchboard} command. With a CLI verb it runs that command on the profile and exits
 * without loading JavaFX; with none it starts the GUI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        int status = CommandLineInterface.standard(new JavaFxGuiStarter()).run(args);
        // exit explicitly: library threads (D-Bus, Smack) must not keep the process alive after the GUI closed
        System.exit(status == CommandLineInterface.GUI_STARTED ? 0 : status);
    }
}
