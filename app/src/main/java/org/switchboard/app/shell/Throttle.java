package org.switchboard.app.shell;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** On the FX thread: runs an action at most once per interval however often it is requested. */
final class Throttle {
    private final PauseTransition pause;
    private boolean pending;

    Throttle(Duration interval, Runnable action) {
        this.pause = new PauseTransition(interval);
        pause.setOnFinished(e -> {
            pending = false;
            action.run();
        });
    }

    void request() {
        if (!pending) {
            pending = true;
            pause.playFromStart();
        }
    }
}
