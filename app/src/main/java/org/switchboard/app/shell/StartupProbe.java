package org.switchboard.app.shell;

import org.switchboard.app.StartupTrace;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For start-up benchmarks: with {@code -Dswitchboard.startupProbe=true}, prints one line
 * {@code SWITCHBOARD_READY <ms since process start> persons=<n>} once the window is shown and the
 * persons are in the list and laid out; with {@code -Dswitchboard.startupProbe.exit=true} it then exits.
 * With {@code -Dswitchboard.startupProbe.roster=true} it also prints {@link RosterProbe}'s line and
 * exits only after that one.
 */
final class StartupProbe {
    private StartupProbe() {}

    static void installIfRequested(ShellView shell) {
        if (!Boolean.getBoolean("switchboard.startupProbe")) {
            return;
        }
        boolean roster = Boolean.getBoolean("switchboard.startupProbe.roster");
        boolean exit = Boolean.getBoolean("switchboard.startupProbe.exit") && !roster;
        if (roster) {
            RosterProbe.install(shell, Boolean.getBoolean("switchboard.startupProbe.exit"));
        }
        shell.people().loadedProperty().subscribe(loaded -> {
            if (loaded) {
                StartupTrace.mark("list published");
                afterNextLayout(shell.scene(), () -> report(shell, exit));
            }
        });
    }

    static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static void report(ShellView shell, boolean exit) {
        StartupTrace.mark("list laid out");
        long now = System.currentTimeMillis();
        long ms = now - processStart();
        System.out.println("SWITCHBOARD_READY " + ms + " persons=" + shell.people().totalProperty().get());
        System.out.flush();
        if (exit) {
            Platform.exit();
        }
    }

    /**
     * When the launch started: {@code SWITCHBOARD_LAUNCHED_AT_MS} set by the launcher script (exact), else
     * the process start time (only as exact as the kernel's clock ticks and boot time). The management
     * classes are not loaded: they would cost the start-up being measured.
     */
    static long processStart() {
        return System.getenv("SWITCHBOARD_LAUNCHED_AT_MS") != null ? StartupTrace.launchedAt()
                : ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
