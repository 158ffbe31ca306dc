package org.switchboard.media.jitsi;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.DataFlow;

/**
 * Keeps the device list current and our streams on the pinned devices, on the engine thread:
 * PulseAudio's events (coalesced) re-list the devices and route new streams; without a PulseAudio
 * watcher the devices are re-listed every {@value #POLL_SECONDS} s and pins only apply to new streams.
 */
final class DeviceRouting implements AutoCloseable {
    private static final long REFRESH_DELAY_MS = 100;
    private static final long ROUTE_DELAY_MS = 10;
    private static final long POLL_SECONDS = 3;

    private final ScheduledExecutorService worker;
    private final JitsiAudioDevices devices;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AtomicBoolean routePending = new AtomicBoolean();
    private volatile @Nullable AudioSystemAccess access;
    private volatile @Nullable PulseAudioWatcher watcher;
    private volatile @Nullable PulseStreamRouter router;
    private volatile boolean closed;

    DeviceRouting(ScheduledExecutorService worker, JitsiAudioDevices devices) {
        this.worker = worker;
        this.devices = devices;
    }

    /**
     * Selects libjitsi's default entries, connects the watcher and lists the devices; on the engine
     * thread. {@code callClient}: the PulseAudio client of our call streams, whose streams are routed too.
     */
    void start(AudioSystemAccess system, Optional<Integer> callClient) {
        access = system;
        system.selectDefaults();
        PulseAudioWatcher connected = PulseAudioWatcher.connect(this::requestRefresh, this::requestRouting).orElse(null);
        watcher = connected;
        if (connected == null) {
            worker.scheduleWithFixedDelay(() -> refresh(true), POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        } else {
            router = PulseStreamRouter.create(connected.connection(), callClient).orElse(null);
        }
        refresh(false);
    }

    /** The pinned microphone when present, for streams about to open (they then start on it). */
    Optional<CaptureDeviceInfo2> pinnedMicrophone() {
        AudioSystemAccess system = access;
        return system == null ? Optional.empty()
                : devices.pinnedDevice(DataFlow.CAPTURE).flatMap(device -> system.device(DataFlow.CAPTURE, device.id()));
    }

    /** The pinned device's system name for {@code flow} when present. */
    Optional<String> pinnedId(DataFlow flow) {
        return devices.pinnedDevice(flow).map(device -> device.id());
    }

    void pinsChanged() {
        requestRouting();
    }

    /** From PulseAudio's thread on device and default changes: one refresh shortly after. */
    private void requestRefresh() {
        schedule(refreshPending, REFRESH_DELAY_MS, () -> refresh(true));
    }

    /** From PulseAudio's thread when a stream appears: route it soon. */
    private void requestRouting() {
        schedule(routePending, ROUTE_DELAY_MS, this::route);
    }

    private void schedule(AtomicBoolean pending, long delayMs, Runnable task) {
        if (!closed && pending.compareAndSet(false, true)) {
            worker.schedule(() -> {
                pending.set(false);
                task.run();
            }, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    private void refresh(boolean relist) {
        AudioSystemAccess system = access;
        if (system != null && !closed) {
            devices.refresh(system, defaults(), relist);
            route();
        }
    }

    private void route() {
        PulseStreamRouter current = router;
        if (current != null && !closed) {
            current.route(devices.pinnedDeviceIds(), defaults());
        }
    }

    private PulseAudioWatcher.Defaults defaults() {
        PulseAudioWatcher current = watcher;
        return current == null ? PulseAudioWatcher.Defaults.NONE : current.defaults();
    }

    @Override
    public void close() {
        closed = true;
        PulseAudioWatcher current = watcher;
        if (current != null) {
            current.close();
        }
    }
}
