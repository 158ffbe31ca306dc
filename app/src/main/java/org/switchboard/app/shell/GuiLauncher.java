package org.switchboard.app.shell;

import java.nio.file.Path;
import javafx.application.Application;
import org.switchboard.contacts.PersonRepository;

/**
 * Starts the Switchboard window. The only GUI class the command line refers to; nothing of JavaFX is
 * loaded until {@link #launch} runs.
 */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** Starts the GUI on the profile and blocks until the last window is closed. */
    public static void launch(Path profileDir, PersonRepository repository, String[] fxArgs) {
        launch(GuiServices.defaults(profileDir, repository), fxArgs);
    }

    /** Starts the GUI with explicit services (real importer, channels…); blocks until it exits. */
    public static void launch(GuiServices services, String[] fxArgs) {
        SwitchboardApplication.prepare(services);
        Application.launch(SwitchboardApplication.class, fxArgs);
    }
}
