package org.switchboard.app.shell;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallWindows;
import org.switchboard.app.call.CallerLookup;
import org.switchboard.app.settings.DeviceSettingsView;
import org.switchboard.app.settings.PinnedDevices;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.media.MediaEngine;

/**
 * The calls half of the main window, off until the composition root hands over the audio engine:
 * call windows themed like the main window, and "Audio devices…".
 */
final class CallShell {
    private final Stage stage;
    private final GuiServices services;
    private final TaskRunner tasks;
    private final Consumer<Parent> styler;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled");
    private @Nullable MediaEngine media;
    private @Nullable PinnedDevices pins;
    private @Nullable CallWindows windows;
    private @Nullable DeviceSettingsView devicesView;

    CallShell(Stage stage, GuiServices services, TaskRunner tasks, Consumer<Parent> styler) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.styler = styler;
    }

    CallWindows enable(MediaEngine engine, PinnedDevices pinned) {
        media = engine;
        pins = pinned;
        windows = new CallWindows(stage, engine, CallerLookup.of(services.repository()), tasks, services.clock(), styler);
        enabled.set(true);
        return windows;
    }

    void showAudioDevices() {
        if (media == null || pins == null) {
            return;
        }
        if (devicesView != null && devicesView.isShowing()) {
            devicesView.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        devicesView = DeviceSettingsView.open(stage, media, pins, tasks, styler);
    }

    /** True once the audio engine is there: "Audio devices…" works. */
    ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }
}
