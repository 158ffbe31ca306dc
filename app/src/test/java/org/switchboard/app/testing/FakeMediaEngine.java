package org.switchboard.app.testing;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.AudioDevices;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaSession;

/** An audio engine with devices the test plugs in and out; records pins, rings, test tones and the meter. */
public final class FakeMediaEngine implements MediaEngine {
    private final Devices devices = new Devices();
    private final Map<DataFlow, Optional<String>> pinned = new EnumMap<>(DataFlow.class);
    private final List<String> uses = new CopyOnWriteArrayList<>();
    private final List<DataFlow> testTones = new CopyOnWriteArrayList<>();
    private final AtomicInteger ringing = new AtomicInteger();
    private final AtomicInteger ringsStarted = new AtomicInteger();
    private volatile @Nullable DoubleConsumer meter;
    private volatile int metersOpened;

    public FakeMediaEngine() {
        for (DataFlow flow : DataFlow.values()) {
            pinned.put(flow, Optional.empty());
        }
    }

    /** Replaces {@code flow}'s devices (the first is the system default) and tells the listeners. */
    public void plug(DataFlow flow, String... names) {
        List<AudioDevice> list = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            list.add(new AudioDevice(flow.name().toLowerCase(java.util.Locale.ROOT) + "-" + i, names[i], flow, i == 0));
        }
        devices.set(flow, list);
    }

    /** Sends a microphone level to the open meter, if any. */
    public void level(double value) {
        DoubleConsumer listener = meter;
        if (listener != null) {
            listener.accept(value);
        }
    }

    public boolean meterOpen() {
        return meter != null;
    }

    public int metersOpened() {
        return metersOpened;
    }

    /** Every {@link #use} so far, as {@code CAPTURE=USB Headset} or {@code PLAYBACK=default}. */
    public List<String> uses() {
        return List.copyOf(uses);
    }

    public List<DataFlow> testTones() {
        return List.copyOf(testTones);
    }

    /** Rings going on now. */
    public int ringing() {
        return ringing.get();
    }

    public int ringsStarted() {
        return ringsStarted.get();
    }

    public int deviceListeners() {
        return devices.listeners.size();
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public AudioDevices devices() {
        return devices;
    }

    @Override
    public synchronized void use(DataFlow flow, Optional<String> deviceName) {
        pinned.put(flow, deviceName);
        uses.add(flow + "=" + deviceName.orElse("default"));
    }

    @Override
    public synchronized Optional<String> pinned(DataFlow flow) {
        return pinned.get(flow);
    }

    @Override
    public MediaSession newSession(InetAddress localAddress) throws MediaException {
        throw new MediaException("the fake engine has no sessions", null);
    }

    @Override
    public AutoCloseable meterMicrophone(DoubleConsumer level) {
        meter = level;
        metersOpened++;
        return () -> {
            if (meter == level) {
                meter = null;
            }
        };
    }

    @Override
    public CompletableFuture<Void> playTestTone(DataFlow flow) {
        testTones.add(flow);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public AutoCloseable ring() {
        ringing.incrementAndGet();
        ringsStarted.incrementAndGet();
        boolean[] closed = {false};
        return () -> {
            if (!closed[0]) {
                closed[0] = true;
                ringing.decrementAndGet();
            }
        };
    }

    @Override
    public void close() {
    }

    private static final class Devices implements AudioDevices {
        private final Map<DataFlow, List<AudioDevice>> lists = new EnumMap<>(DataFlow.class);
        private final List<Consumer<List<AudioDevice>>> listeners = new CopyOnWriteArrayList<>();

        Devices() {
            for (DataFlow flow : DataFlow.values()) {
                lists.put(flow, List.of());
            }
        }

        void set(DataFlow flow, List<AudioDevice> list) {
            List<AudioDevice> all;
            synchronized (this) {
                lists.put(flow, List.copyOf(list));
                all = lists.values().stream().flatMap(List::stream).toList();
            }
            listeners.forEach(listener -> listener.accept(all));
        }

        @Override
        public synchronized List<AudioDevice> list(DataFlow flow) {
            return lists.get(flow);
        }

        @Override
        public AutoCloseable onChange(Consumer<List<AudioDevice>> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
