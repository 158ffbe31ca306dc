package org.switchboard.media.jitsi;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.AudioDevices;
import org.switchboard.media.DataFlow;

/**
 * The devices as the app sees them: a snapshot rebuilt by {@link #refresh} (on the engine thread),
 * read from any thread, with listeners called on the events executor when it changes. It also keeps
 * the pins, in memory (the app keeps the user's choice and calls {@code use} at start-up); the
 * {@link PulseStreamRouter} applies them.
 */
final class JitsiAudioDevices implements AudioDevices {
    private static final Logger LOG = LoggerFactory.getLogger(JitsiAudioDevices.class);

    private final Executor events;
    private final List<Consumer<List<AudioDevice>>> listeners = new CopyOnWriteArrayList<>();
    private final Map<DataFlow, String> pins = new ConcurrentHashMap<>();
    private volatile List<AudioDevice> snapshot = List.of();

    JitsiAudioDevices(Executor events) {
        this.events = events;
    }

    @Override
    public List<AudioDevice> list(DataFlow flow) {
        return snapshot.stream().filter(device -> device.flow() == flow).toList();
    }

    @Override
    public AutoCloseable onChange(Consumer<List<AudioDevice>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void pin(DataFlow flow, Optional<String> deviceName) {
        deviceName.filter(name -> !name.isBlank()).ifPresentOrElse(name -> pins.put(flow, name), () -> pins.remove(flow));
    }

    Optional<String> pinned(DataFlow flow) {
        return Optional.ofNullable(pins.get(flow));
    }

    /**
     * Rebuilds the snapshot from libjitsi's lists (re-listing first when {@code relist}), marks the
     * system defaults and tells the listeners when the list changed.
     */
    void refresh(AudioSystemAccess access, PulseAudioWatcher.Defaults defaults, boolean relist) {
        if (relist) {
            try {
                access.relist();
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("Could not list the audio devices again: {}", e.toString());
            }
        }
        List<AudioDevice> devices = new ArrayList<>();
        for (DataFlow flow : DataFlow.values()) {
            String systemDefault = flow == DataFlow.CAPTURE ? defaults.source() : defaults.sink();
            for (CaptureDeviceInfo2 info : access.devices(flow)) {
                String id = AudioSystemAccess.systemName(info);
                devices.add(new AudioDevice(id, info.getName(), flow, id.equals(systemDefault)));
            }
        }
        List<AudioDevice> now = List.copyOf(devices);
        if (!now.equals(snapshot)) {
            snapshot = now;
            LOG.debug("Audio devices: {}", now);
            events.execute(() -> notifyListeners(now));
        }
    }

    /** The pinned device of {@code flow} when it is present (a pin names a device by name or id). */
    Optional<AudioDevice> pinnedDevice(DataFlow flow) {
        return pinned(flow).flatMap(pin -> list(flow).stream()
                .filter(device -> device.name().equals(pin) || device.id().equals(pin)).findFirst());
    }

    /** Flow to system name of each present pinned device. */
    Map<DataFlow, String> pinnedDeviceIds() {
        Map<DataFlow, String> ids = new EnumMap<>(DataFlow.class);
        for (DataFlow flow : DataFlow.values()) {
            pinnedDevice(flow).ifPresent(device -> ids.put(flow, device.id()));
        }
        return ids;
    }

    private void notifyListeners(List<AudioDevice> devices) {
        for (Consumer<List<AudioDevice>> listener : listeners) {
            try {
                listener.accept(devices);
            } catch (RuntimeException e) {
                LOG.warn("An audio device listener failed", e);
            }
        }
    }
}
