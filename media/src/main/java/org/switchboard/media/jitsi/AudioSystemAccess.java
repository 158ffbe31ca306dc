package org.switchboard.media.jitsi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.device.DeviceSystem;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.DataFlow;

/**
 * What we need of libjitsi's {@link AudioSystem}: its devices per flow, its "Default" entry (the
 * PulseAudio locator without a device name, which lets the server route the stream to its default
 * device and move it when the default changes), selection, and re-listing.
 */
final class AudioSystemAccess {
    private static final @Nullable Method INITIALIZE = initializeMethod();

    private final AudioSystem audioSystem;

    AudioSystemAccess(AudioSystem audioSystem) {
        this.audioSystem = audioSystem;
    }

    AudioSystem audioSystem() {
        return audioSystem;
    }

    /** Lists the devices again. libjitsi does it only at start-up; its initialize() is protected. */
    void relist() throws ReflectiveOperationException {
        if (INITIALIZE == null) {
            throw new NoSuchMethodException("DeviceSystem.initialize()");
        }
        try {
            INITIALIZE.invoke(audioSystem);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? new ReflectiveOperationException(cause) : e;
        }
    }

    /** The real devices of {@code flow}, without libjitsi's "Default" entry. */
    List<CaptureDeviceInfo2> devices(DataFlow flow) {
        return audioSystem.getDevices(jitsi(flow)).stream().filter(device -> !isDefaultEntry(device)).toList();
    }

    /** libjitsi's entry that follows the system default, when the audio system has one. */
    Optional<CaptureDeviceInfo2> defaultEntry(DataFlow flow) {
        return audioSystem.getDevices(jitsi(flow)).stream().filter(AudioSystemAccess::isDefaultEntry).findFirst();
    }

    Optional<CaptureDeviceInfo2> selected(DataFlow flow) {
        return Optional.ofNullable(audioSystem.getSelectedDevice(jitsi(flow)));
    }

    /**
     * Selects libjitsi's "Default" entry for every flow, once at start-up, so streams go where the
     * system routes them. libjitsi's selection is the top present entry of a preference list saved in
     * its configuration (its renderers read that list), so the choice is saved; it never changes
     * afterwards, see {@link PulseStreamRouter}.
     */
    void selectDefaults() {
        for (DataFlow flow : DataFlow.values()) {
            defaultEntry(flow).filter(entry -> !selected(flow).equals(Optional.of(entry)))
                    .ifPresent(entry -> audioSystem.setDevice(jitsi(flow), entry, true));
        }
    }

    /** The device of {@code flow} named {@code systemName}, when present. */
    Optional<CaptureDeviceInfo2> device(DataFlow flow, String systemName) {
        return devices(flow).stream().filter(device -> systemName(device).equals(systemName)).findFirst();
    }

    /** The device's system name (the PulseAudio sink or source name), empty for the "Default" entry. */
    static String systemName(CaptureDeviceInfo2 device) {
        String remainder = device.getLocator() == null ? null : device.getLocator().getRemainder();
        return remainder == null ? "" : remainder;
    }

    static boolean isDefaultEntry(CaptureDeviceInfo2 device) {
        return systemName(device).isEmpty();
    }

    static AudioSystem.DataFlow jitsi(DataFlow flow) {
        return switch (flow) {
            case CAPTURE -> AudioSystem.DataFlow.CAPTURE;
            case PLAYBACK -> AudioSystem.DataFlow.PLAYBACK;
            case NOTIFY -> AudioSystem.DataFlow.NOTIFY;
        };
    }

    private static @Nullable Method initializeMethod() {
        try {
            Method method = DeviceSystem.class.getDeclaredMethod("initialize");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
