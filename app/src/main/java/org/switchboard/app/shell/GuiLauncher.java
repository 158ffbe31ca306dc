package org.switchboard.app.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the Switchboard window. The only GUI class the command line refers to; nothing of JavaFX is
 * loaded until {@link #startToolkit} runs. The toolkit (about 0.2 s of GTK and JavaFX start-up) is
 * started first, on a thread of its own, while the caller opens the profile and builds the services.
 */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** A toolkit being started; {@link #launch(Toolkit, GuiServices)} waits for it. */
    public static final class Toolkit {
        private final CompletableFuture<Thread> fxThread = new CompletableFuture<>();

        private Toolkit() {
            Thread.ofPlatform().name("switchboard-toolkit-start").start(() -> {
                try {
                    GtkEnvironment.apply(); // here, not on the caller's thread: binding libc's setenv costs ~10 ms
                    Platform.startup(() -> {
                        ThemeController.useInitialTheme();
                        fxThread.complete(Thread.currentThread());
                    });
                } catch (RuntimeException | Error e) {
                    fxThread.completeExceptionally(e);
                }
            });
        }

        Thread await() {
            try {
                return fxThread.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("The window toolkit could not start: " + e.getCause().getMessage()
                        + " (is there a display? on Linux JavaFX needs GTK 3: apt-get install libgtk-3-0)", e.getCause());
            }
        }
    }

    /** Starts the JavaFX toolkit in the background and returns at once. */
    public static Toolkit startToolkit() {
        return new Toolkit();
    }

    /** Starts the GUI with explicit services; blocks until the last window is closed. */
    public static void launch(GuiServices services, String[] fxArgs) {
        launch(startToolkit(), services);
    }

    /** Shows the window on a toolkit started earlier; blocks until the last window is closed and the toolkit exits. */
    public static void launch(Toolkit toolkit, GuiServices services) {
        launch(toolkit, services, java.util.List.of());
    }

    /** Like {@link #launch(Toolkit, GuiServices)}, opening {@code links} (xmpp:, sip:, tel:) once the address book shows. */
    public static void launch(Toolkit toolkit, GuiServices services, java.util.List<String> links) {
        Thread fx = toolkit.await();
        SwitchboardApplication app = new SwitchboardApplication(services, links);
        Platform.runLater(() -> app.start(new Stage()));
        try {
            fx.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Platform.exit();
        } finally {
            app.stop();
        }
    }
}
