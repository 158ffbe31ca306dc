package org.switchboard.app.shell;

import org.switchboard.app.StartupTrace;
import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.FxTaskRunner;

/**
 * The JavaFX application. Shows the window first, then loads the address book in the background, so
 * the window is interactive as early as possible; the accounts start connecting after that, off the FX thread.
 */
public final class SwitchboardApplication extends Application {
    private static volatile @Nullable GuiServices prepared;

    private final FxTaskRunner tasks = new FxTaskRunner();

    static void prepare(GuiServices services) {
        prepared = services;
    }

    @Override
    public void start(Stage stage) {
        GuiServices services = Objects.requireNonNull(prepared, "GuiLauncher.launch prepares the services");
        StartupTrace.mark("toolkit started");
        ShellView shell = ShellView.show(stage, services, tasks);
        StartupTrace.mark("window shown");
        StartupProbe.installIfRequested(shell);
        shell.load();
        services.channels().start(); // returns at once: the accounts connect on the hub's own thread
    }

    @Override
    public void stop() {
        tasks.close();
    }
}
