package org.switchboard.media.jitsi;

import java.util.ArrayList;
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
 * read from any thread, with listeners called on the events executor when it changes. It also owns
 * the pins: a pinned device is selected while present; otherwise libjitsi's "Default" entry is, so
 * PulseAudio routes to the system default and moves running streams when that changes.
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
     * system defaults, selects the pinned or the default entry per flow and tells the listeners when
     * the list changed. Returns true when the capture selection changed (running calls must switch).
     */
    boolean refresh(AudioSystemAccess access, PulseAudioWatcher.Defaults defaults, boolean relist) {
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
        boolean captureChanged = false;
        for (DataFlow flow : DataFlow.values()) {
            boolean changed = applySelection(access, flow);
            captureChanged |= changed && flow == DataFlow.CAPTURE;
        }
        List<AudioDevice> now = List.copyOf(devices);
        if (!now.equals(snapshot)) {
            snapshot = now;
            LOG.debug("Audio devices: {}", now);
            events.execute(() -> notifyListeners(now));
        }
        return captureChanged;
    }

    private boolean applySelection(AudioSystemAccess access, DataFlow flow) {
        Optional<CaptureDeviceInfo2> wanted = pinned(flow)
                .flatMap(pin -> access.devices(flow).stream().filter(info -> matches(info, pin)).findFirst())
                .or(() -> access.defaultEntry(flow));
        if (wanted.isEmpty() || wanted.equals(access.selected(flow))) {
            return false;
        }
        LOG.info("{} device: {}", flow, wanted.get().getName());
        access.select(flow, wanted.get());
        return true;
    }

    private static boolean matches(CaptureDeviceInfo2 info, String pin) {
        return pin.equals(info.getName()) || pin.equals(AudioSystemAccess.systemName(info));
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
