package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.media.DataFlow;

class DeviceSettingsViewModelTest {
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final MapProfileSettings settings = new MapProfileSettings();
    private PinnedDevices pins;
    private DeviceSettingsViewModel model;

    @BeforeEach
    void open() {
        media.plug(DataFlow.CAPTURE, "Built-in Microphone", "Jabra Evolve 40");
        media.plug(DataFlow.PLAYBACK, "Built-in Speakers", "Jabra Evolve 40");
        media.plug(DataFlow.NOTIFY, "Built-in Speakers");
    }

    @AfterEach
    void close() {
        model.close();
        pins.close();
    }

    private void start() {
        pins = PinnedDevices.start(media, settings);
        model = new DeviceSettingsViewModel(media, pins, new DirectTaskRunner());
        model.open();
    }

    @Test
    void listsDevicesByNameAfterTheSystemDefault() {
        start();

        assertThat(model.chooser(DataFlow.CAPTURE).choices()).extracting(DeviceChoice::label)
                .containsExactly("System default (Built-in Microphone)", "Built-in Microphone", "Jabra Evolve 40");
        assertThat(model.chooser(DataFlow.CAPTURE).selectedProperty().get().label())
                .isEqualTo("System default (Built-in Microphone)");
        assertThat(model.choosers()).extracting(DeviceChooserViewModel::title)
                .containsExactly("Microphone", "Speaker", "Ringer");
    }

    @Test
    void aChoiceIsAppliedAndStored() {
        start();

        model.choose(DataFlow.PLAYBACK, DeviceChoice.device("Jabra Evolve 40"));

        assertThat(media.pinned(DataFlow.PLAYBACK)).contains("Jabra Evolve 40");
        assertThat(settings.get("audio.playback")).contains("Jabra Evolve 40");
        assertThat(model.chooser(DataFlow.PLAYBACK).selectedProperty().get()).isEqualTo(DeviceChoice.device("Jabra Evolve 40"));

        model.choose(DataFlow.PLAYBACK, model.chooser(DataFlow.PLAYBACK).choices().getFirst());

        assertThat(media.pinned(DataFlow.PLAYBACK)).isEmpty();
        assertThat(settings.get("audio.playback")).isEmpty();
    }

    @Test
    void storedChoicesShowAsChosen() {
        settings.put("audio.notify", "Built-in Speakers");

        start();

        assertThat(model.chooser(DataFlow.NOTIFY).selectedProperty().get()).isEqualTo(DeviceChoice.device("Built-in Speakers"));
    }

    @Test
    void theListFollowsDevicesAndAnUnpluggedPinnedDeviceStaysChosen() {
        settings.put("audio.capture", "Jabra Evolve 40");
        start();

        media.plug(DataFlow.CAPTURE, "Built-in Microphone", "Webcam C920");

        assertThat(model.chooser(DataFlow.CAPTURE).choices()).extracting(DeviceChoice::label).containsExactly(
                "System default (Built-in Microphone)", "Built-in Microphone", "Webcam C920", "Jabra Evolve 40 (unplugged)");
        assertThat(model.chooser(DataFlow.CAPTURE).selectedProperty().get().unplugged()).isTrue();
        assertThat(media.pinned(DataFlow.CAPTURE)).as("calls follow the default meanwhile").isEmpty();

        media.plug(DataFlow.CAPTURE, "Built-in Microphone", "Jabra Evolve 40");

        assertThat(model.chooser(DataFlow.CAPTURE).selectedProperty().get()).isEqualTo(DeviceChoice.device("Jabra Evolve 40"));
        assertThat(media.pinned(DataFlow.CAPTURE)).contains("Jabra Evolve 40");
    }

    @Test
    void theDefaultEntryNamesTheNewDefault() {
        start();

        media.plug(DataFlow.PLAYBACK, "USB Speakerphone", "Built-in Speakers");

        assertThat(model.chooser(DataFlow.PLAYBACK).choices().getFirst())
                .isEqualTo(new DeviceChoice(Optional.empty(), "System default (USB Speakerphone)", false));
    }

    @Test
    void theMicrophoneLevelIsShownOnlyWhileTheSettingsAreOpen() {
        start();
        assertThat(media.meterOpen()).isTrue();

        media.level(0.42);
        assertThat(model.micLevelProperty().get()).isEqualTo(0.42);
        media.level(7);
        assertThat(model.micLevelProperty().get()).isEqualTo(1.0);

        model.close();
        assertThat(media.meterOpen()).isFalse();
        assertThat(media.deviceListeners()).as("only PinnedDevices still follows the devices").isEqualTo(1);
    }

    @Test
    void choosingAnotherMicrophoneRestartsTheMeter() {
        start();

        model.choose(DataFlow.CAPTURE, DeviceChoice.device("Jabra Evolve 40"));

        assertThat(media.metersOpened()).isEqualTo(2);
        assertThat(media.meterOpen()).isTrue();
    }

    @Test
    void testTonesPlayOnTheChosenFlow() {
        start();

        model.playTestTone(DataFlow.PLAYBACK);
        model.playTestTone(DataFlow.NOTIFY);

        assertThat(media.testTones()).containsExactly(DataFlow.PLAYBACK, DataFlow.NOTIFY);
        assertThat(model.chooser(DataFlow.PLAYBACK).testingProperty().get()).isFalse();
    }
}
