package org.switchboard.app.shell;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.local.LocalCommands;
import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** The running window's answers to the local API: on the FX thread for the window, on the hub for presence. */
final class ShellLocalCommands implements LocalCommands {
    private final ShellView shell;
    private final ChannelHub channels;

    ShellLocalCommands(ShellView shell, ChannelHub channels) {
        this.shell = shell;
        this.channels = channels;
    }

    @Override
    public CompletableFuture<String> setOwnStatus(OwnStatus status) {
        String mode = status.mode().name().toLowerCase(Locale.ROOT);
        return channels.setOwnStatus(status).thenApply(v -> "own status " + mode + " published by the running Switchboard");
    }

    @Override
    public CompletableFuture<String> open(String uri) {
        return onFx(() -> {
            shell.openLink(uri);
            return "opened " + uri + " in the running Switchboard";
        });
    }

    @Override
    public CompletableFuture<String> show() {
        return onFx(() -> {
            shell.toFront();
            return "brought the running Switchboard to the front";
        });
    }

    private static CompletableFuture<String> onFx(java.util.function.Supplier<String> work) {
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
