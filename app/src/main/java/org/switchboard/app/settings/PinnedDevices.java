package org.switchboard.app.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;

/**
 * The devices the user pinned by name for each use (microphone, speaker, ringer), kept in the profile
 * under {@code audio.capture}, {@code audio.playback} and {@code audio.notify} (absent: the system
 * default). While a pinned device is unplugged the engine follows the system default; when it comes
 * back it is used again. Thread-safe; every method may block (profile, sound system): call them in the
 * background.
 */
public final class PinnedDevices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PinnedDevices.class);
    private static final Map<DataFlow, String> KEYS = Map.of(DataFlow.CAPTURE, "audio.capture",
            DataFlow.PLAYBACK, "audio.playback", DataFlow.NOTIFY, "audio.notify");

    private final MediaEngine media;
    private final ProfileSettings settings;
    private final Map<DataFlow, Optional<String>> pins = new EnumMap<>(DataFlow.class);
    private final Map<DataFlow, Optional<String>> applied = new EnumMap<>(DataFlow.class);
    private final AutoCloseable subscription;

    private PinnedDevices(MediaEngine media, ProfileSettings settings) {
        this.media = media;
        this.settings = settings;
        for (DataFlow flow : DataFlow.values()) {
            pins.put(flow, settings.get(key(flow)).map(String::strip).filter(name -> !name.isEmpty()));
        }
        followDevices();
        subscription = media.devices().onChange(devices -> followDevices());
    }

    /** Reads the stored choices, applies them to {@code media} and follows devices coming and going until closed. */
    public static PinnedDevices start(MediaEngine media, ProfileSettings settings) {
        return new PinnedDevices(media, settings);
    }

    /** The profile key of {@code flow}'s choice: {@code audio.capture}, {@code audio.playback}, {@code audio.notify}. */
    public static String key(DataFlow flow) {
        return KEYS.get(flow);
    }

    /** The device pinned for {@code flow}, plugged in or not; empty while it follows the system default. */
    public synchronized Optional<String> pinned(DataFlow flow) {
        return pins.get(flow);
    }

    /** Pins {@code deviceName} for {@code flow} (empty: follow the system default), stores it and applies it. */
    public void pin(DataFlow flow, Optional<String> deviceName) {
        synchronized (this) {
            pins.put(flow, deviceName);
            if (deviceName.isPresent()) {
                settings.put(key(flow), deviceName.get());
            } else {
                settings.remove(key(flow));
            }
        }
        follow(flow);
    }

    /** Whether {@code pinned} names none of {@code devices} (they are one flow's devices). */
    public static boolean unplugged(Optional<String> pinned, List<AudioDevice> devices) {
        return pinned.isPresent() && devices.stream().noneMatch(device -> device.name().equals(pinned.get()));
    }

    private void followDevices() {
        for (DataFlow flow : DataFlow.values()) {
            follow(flow);
        }
    }

    /** Uses the pinned device while it is plugged in, else the system default; tells the engine only of changes. */
    private synchronized void follow(DataFlow flow) {
        Optional<String> pin = pins.get(flow);
        Optional<String> use = unplugged(pin, media.devices().list(flow)) ? Optional.empty() : pin;
        if (use.equals(applied.get(flow))) {
            return;
        }
        if (pin.isPresent() && use.isEmpty()) {
            LOG.info("The {} device \"{}\" is not plugged in; following the system default until it is", flow, pin.get());
        }
        try {
            media.use(flow, use);
            applied.put(flow, use);
        } catch (RuntimeException e) {
            LOG.warn("Could not use the {} device {}", flow, use.orElse("(system default)"), e);
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop following the audio devices", e);
        }
    }
}
