package org.switchboard.app.shell;

import javafx.stage.Stage;
import org.switchboard.app.StartupTrace;
import org.switchboard.app.tasks.FxTaskRunner;

/**
 * The running GUI. Shows the window first, then loads the address book in the background, so the
 * window is interactive as early as possible; the accounts start connecting after that, off the FX
 * thread. Started by {@link GuiLauncher} on a toolkit that was started in parallel with the rest of
 * the application's start-up.
 */
final class SwitchboardApplication {
    private final GuiServices services;
    private final FxTaskRunner tasks = new FxTaskRunner();

    SwitchboardApplication(GuiServices services) {
        this.services = services;
    }

    /** On the FX thread: builds and shows the main window on {@code stage}. */
    void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        ShellView shell = ShellView.show(stage, services, tasks);
        StartupTrace.mark("window shown");
        StartupProbe.installIfRequested(shell);
        shell.load();
        services.channels().start(); // returns at once: the accounts connect on the hub's own thread
    }

    /** After the toolkit has exited. */
    void stop() {
        tasks.close();
    }
}
