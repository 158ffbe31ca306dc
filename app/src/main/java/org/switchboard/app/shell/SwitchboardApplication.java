package org.switchboard.app.shell;

import java.io.IOException;
import java.util.List;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.local.LocalApiServer;
import org.switchboard.app.StartupTrace;
import org.switchboard.app.tasks.FxTaskRunner;

/**
 * The running GUI. Shows the window first, then loads the address book in the background, so the
 * window is interactive as early as possible; the accounts start connecting after that, off the FX
 * thread. Started by {@link GuiLauncher} on a toolkit that was started in parallel with the rest of
 * the application's start-up.
 */
final class SwitchboardApplication {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardApplication.class);
    private final GuiServices services;
    private final List<String> links;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private volatile @Nullable LocalApiServer localApi;

    /** @param links xmpp:, sip:, sips: or tel: links to open once the window shows */
    SwitchboardApplication(GuiServices services, List<String> links) {
        this.services = services;
        this.links = List.copyOf(links);
    }

    /** On the FX thread: builds and shows the main window on {@code stage}. */
    void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        ShellView shell = ShellView.build(stage, services, tasks);
        // the window's listeners are in place: the accounts connect (on the hub's own thread) while it shows,
        // unless the launcher started them earlier (a second start changes nothing)
        services.channels().start();
        shell.showWindow();
        StartupTrace.mark("window shown");
        StartupProbe.installIfRequested(shell);
        shell.load();
        Thread.ofVirtual().name("switchboard-local-api-start").start(() -> listen(shell));
        new CallsEnabler(shell, services.calls()).whenNeeded();
        services.channels().listening(); // what the hub held while the window was built comes after this task
        if (!links.isEmpty()) {
            shell.afterLoaded(() -> links.forEach(link -> openLink(shell, link)));
        }
    }

    private void listen(ShellView shell) {
        try {
            localApi = LocalApiServer.start(services.profileDir(), new ShellLocalCommands(shell, services.channels()));
        } catch (IOException e) {
            LOG.warn("The local API is not available (the command line will connect on its own): {}", e.getMessage());
        }
    }

    private static void openLink(ShellView shell, String link) {
        try {
            shell.openLink(link);
        } catch (IllegalArgumentException e) {
            LOG.warn("Cannot open {}: {}", link, e.getMessage());
        }
    }

    /** After the toolkit has exited. */
    void stop() {
        LocalApiServer api = localApi;
        if (api != null) {
            api.close();
        }
        tasks.close();
    }
}
