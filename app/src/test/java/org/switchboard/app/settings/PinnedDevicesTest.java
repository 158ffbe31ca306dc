package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.media.DataFlow;

class PinnedDevicesTest {
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final MapProfileSettings settings = new MapProfileSettings();

    @Test
    void appliesTheStoredChoicesAtStart() {
        media.plug(DataFlow.CAPTURE, "Built-in Audio", "USB Headset");
        settings.put("audio.capture", "USB Headset");

        try (PinnedDevices pins = PinnedDevices.start(media, settings)) {
            assertThat(pins.pinned(DataFlow.CAPTURE)).contains("USB Headset");
            assertThat(pins.pinned(DataFlow.PLAYBACK)).isEmpty();
            assertThat(media.pinned(DataFlow.CAPTURE)).contains("USB Headset");
        }
    }

    @Test
    void pinningStoresTheChoiceAndDefaultForgetsIt() {
        media.plug(DataFlow.PLAYBACK, "Built-in Audio", "HDMI Output");
        try (PinnedDevices pins = PinnedDevices.start(media, settings)) {
            pins.pin(DataFlow.PLAYBACK, Optional.of("HDMI Output"));
            assertThat(settings.get("audio.playback")).contains("HDMI Output");
            assertThat(media.pinned(DataFlow.PLAYBACK)).contains("HDMI Output");

            pins.pin(DataFlow.PLAYBACK, Optional.empty());
            assertThat(settings.get("audio.playback")).isEmpty();
            assertThat(media.pinned(DataFlow.PLAYBACK)).isEmpty();
        }
    }

    @Test
    void anUnpluggedPinnedDeviceFollowsTheDefaultUntilItComesBack() {
        media.plug(DataFlow.CAPTURE, "Built-in Audio", "USB Headset");
        settings.put("audio.capture", "USB Headset");
        try (PinnedDevices pins = PinnedDevices.start(media, settings)) {
            media.plug(DataFlow.CAPTURE, "Built-in Audio");
            assertThat(media.pinned(DataFlow.CAPTURE)).as("the call follows the default").isEmpty();
            assertThat(pins.pinned(DataFlow.CAPTURE)).as("the choice is kept").contains("USB Headset");
            assertThat(settings.get("audio.capture")).contains("USB Headset");

            media.plug(DataFlow.CAPTURE, "Built-in Audio", "USB Headset");
            assertThat(media.pinned(DataFlow.CAPTURE)).contains("USB Headset");
        }
        assertThat(media.deviceListeners()).isZero();
    }
}
