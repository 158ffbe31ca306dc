package org.switchboard.app.cli;

import java.util.List;
import org.switchboard.app.profile.Profile;

/** Starts the GUI on a profile; kept behind an interface so the CLI never loads JavaFX. */
public interface GuiStarter {
    /** Starts the GUI and returns once it has exited, with its exit status. */
    int start(Profile profile, List<String> args);
}
