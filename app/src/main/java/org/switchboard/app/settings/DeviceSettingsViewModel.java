package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;

/**
 * The audio device settings: a chooser each for microphone, speaker and ringer (kept live as devices
 * come and go), the microphone's level while the settings are open, and test tones. Choices are
 * stored and applied through {@link PinnedDevices}, in the background.
 */
public final class DeviceSettingsViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSettingsViewModel.class);

    private final MediaEngine media;
    private final PinnedDevices pins;
    private final TaskRunner tasks;
    private final Map<DataFlow, DeviceChooserViewModel> choosers = new EnumMap<>(DataFlow.class);
    private final Map<DataFlow, List<AudioDevice>> devices = new EnumMap<>(DataFlow.class);
    private final ReadOnlyDoubleWrapper micLevel = new ReadOnlyDoubleWrapper(this, "micLevel");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final AtomicLong latestLevel = new AtomicLong();
    private final AtomicBoolean levelQueued = new AtomicBoolean();
    private @Nullable AutoCloseable deviceChanges;
    private @Nullable AutoCloseable meter;
    private boolean open;

    public DeviceSettingsViewModel(MediaEngine media, PinnedDevices pins, TaskRunner tasks) {
        this.media = media;
        this.pins = pins;
        this.tasks = tasks;
        choosers.put(DataFlow.CAPTURE, new DeviceChooserViewModel(DataFlow.CAPTURE, "Microphone"));
        choosers.put(DataFlow.PLAYBACK, new DeviceChooserViewModel(DataFlow.PLAYBACK, "Speaker"));
        choosers.put(DataFlow.NOTIFY, new DeviceChooserViewModel(DataFlow.NOTIFY, "Ringer"));
        for (DataFlow flow : DataFlow.values()) {
            devices.put(flow, List.of());
        }
    }

    /** The settings are on screen: lists the devices, follows their changes and starts the microphone meter. */
    public void open() {
        if (open) {
            return;
        }
        open = true;
        deviceChanges = media.devices().onChange(changed -> tasks.onUi(this::reload));
        reload();
        startMeter();
    }

    /** Chooses {@code choice} for its chooser's flow: stored and applied in the background. */
    public void choose(DataFlow flow, DeviceChoice choice) {
        if (choice.equals(chooser(flow).selectedProperty().get())) {
            return;
        }
        problem.set("");
        tasks.run(() -> {
            pins.pin(flow, choice.deviceName());
            return choice;
        }, chosen -> {
            showChooser(flow);
            if (flow == DataFlow.CAPTURE) {
                restartMeter();
            }
        }, failure -> {
            problem.set("Could not switch to " + choice.label() + ": " + failure.getMessage());
            showChooser(flow);
        });
    }

    /** Plays a short tone on the speaker or the ringer. */
    public void playTestTone(DataFlow flow) {
        DeviceChooserViewModel chooser = chooser(flow);
        if (chooser.testingProperty().get()) {
            return;
        }
        chooser.testing(true);
        problem.set("");
        media.playTestTone(flow).whenComplete((done, failure) -> tasks.onUi(() -> {
            chooser.testing(false);
            if (failure != null) {
                problem.set("The test tone could not play on the " + chooser.title().toLowerCase(java.util.Locale.ROOT)
                        + ": " + failure.getMessage());
            }
        }));
    }

    private void reload() {
        tasks.run(this::listAll, lists -> {
            devices.putAll(lists);
            for (DataFlow flow : DataFlow.values()) {
                showChooser(flow);
            }
        }, failure -> problem.set("The audio devices could not be listed: " + failure.getMessage()));
    }

    private Map<DataFlow, List<AudioDevice>> listAll() {
        Map<DataFlow, List<AudioDevice>> lists = new EnumMap<>(DataFlow.class);
        for (DataFlow flow : DataFlow.values()) {
            lists.put(flow, List.copyOf(media.devices().list(flow)));
        }
        return lists;
    }

    private void showChooser(DataFlow flow) {
        chooser(flow).show(devices.get(flow), pins.pinned(flow));
    }

    private void startMeter() {
        tasks.run(() -> media.meterMicrophone(this::level), handle -> {
            if (open) {
                meter = handle;
            } else {
                closeQuietly(handle);
            }
        }, failure -> problem.set("The microphone cannot be read: " + failure.getMessage()));
    }

    private void restartMeter() {
        stopMeter();
        if (open) {
            startMeter();
        }
    }

    private void stopMeter() {
        AutoCloseable handle = meter;
        meter = null;
        micLevel.set(0);
        if (handle != null) {
            closeQuietly(handle);
        }
    }

    /** About 20 times a second from the engine's thread: only the latest level reaches the UI thread. */
    private void level(double value) {
        latestLevel.set(Double.doubleToLongBits(Math.clamp(value, 0.0, 1.0)));
        if (levelQueued.compareAndSet(false, true)) {
            tasks.onUi(() -> {
                levelQueued.set(false);
                if (open) {
                    micLevel.set(Double.longBitsToDouble(latestLevel.get()));
                }
            });
        }
    }

    public DeviceChooserViewModel chooser(DataFlow flow) {
        return choosers.get(flow);
    }

    public List<DeviceChooserViewModel> choosers() {
        return List.of(chooser(DataFlow.CAPTURE), chooser(DataFlow.PLAYBACK), chooser(DataFlow.NOTIFY));
    }

    /** The microphone's level, 0.0–1.0, while the settings are open. */
    public ReadOnlyDoubleProperty micLevelProperty() {
        return micLevel.getReadOnlyProperty();
    }

    /** What failed (a device switch, a test tone, the meter), in plain words; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The settings are gone: stops the meter and following the devices. */
    @Override
    public void close() {
        open = false;
        stopMeter();
        if (deviceChanges != null) {
            closeQuietly(deviceChanges);
            deviceChanges = null;
        }
    }

    private void closeQuietly(AutoCloseable handle) {
        tasks.run(() -> {
            handle.close();
            return handle;
        }, closed -> { }, failure -> LOG.warn("Could not close {}: {}", handle, failure.toString()));
    }
}
