package org.switchboard.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.media.AudioDevice;

/**
 * One entry of a device chooser.
 *
 * @param deviceName the device to pin, or empty for "follow the system default"
 * @param label what the chooser shows: "System default (Built-in Audio)", "USB Headset", "Jabra Evolve (unplugged)"
 * @param unplugged true for a pinned device that is not plugged in
 */
public record DeviceChoice(Optional<String> deviceName, String label, boolean unplugged) {
    /** The first entry: follow the system default, named after the current default device. */
    public static DeviceChoice systemDefault(List<AudioDevice> devices) {
        Optional<String> current = devices.stream().filter(AudioDevice::systemDefault).map(AudioDevice::name).findFirst();
        return new DeviceChoice(Optional.empty(), current.map(name -> "System default (" + name + ")").orElse("System default"),
                false);
    }

    public static DeviceChoice device(String name) {
        return new DeviceChoice(Optional.of(name), name, false);
    }

    public static DeviceChoice unplugged(String name) {
        return new DeviceChoice(Optional.of(name), name + " (unplugged)", true);
    }

    /** The chooser's entries for one flow's {@code devices}: the system default first, then every device by name, then a pinned device that is unplugged. */
    public static List<DeviceChoice> all(List<AudioDevice> devices, Optional<String> pinned) {
        List<DeviceChoice> choices = new ArrayList<>();
        choices.add(systemDefault(devices));
        devices.stream().map(AudioDevice::name).distinct().map(DeviceChoice::device).forEach(choices::add);
        if (PinnedDevices.unplugged(pinned, devices)) {
            choices.add(unplugged(pinned.orElseThrow()));
        }
        return choices;
    }

    /** The entry of {@code choices} that stands for {@code pinned}. */
    public static DeviceChoice selected(List<DeviceChoice> choices, Optional<String> pinned) {
        return choices.stream().filter(choice -> choice.deviceName().equals(pinned)).findFirst().orElse(choices.getFirst());
    }

    @Override
    public String toString() {
        return label;
    }
}
