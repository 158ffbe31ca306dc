package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.SharedMediaEngine;

/** Device listing, defaults, pinning and hot-plug against the private PulseAudio daemon. */
class JitsiDevicesTest {
    private static final Duration HOT_PLUG_DEADLINE = Duration.ofSeconds(5);
    private static PulseAudioServer pulse;
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
    }

    @AfterEach
    void restore() {
        pulse.restoreDefaults();
        for (DataFlow flow : DataFlow.values()) {
            engine.use(flow, Optional.empty());
        }
        Await.untilTrue("the defaults to be back", () -> isDefault(DataFlow.PLAYBACK, PulseAudioServer.SPEAKER_NAME)
                && isDefault(DataFlow.CAPTURE, PulseAudioServer.MICROPHONE_NAME));
    }

    @Test
    void listsDevicesByTheirRealNamesWithTheDefaultMarked() {
        List<AudioDevice> microphones = engine.devices().list(DataFlow.CAPTURE);
        List<AudioDevice> speakers = engine.devices().list(DataFlow.PLAYBACK);
        List<AudioDevice> ringers = engine.devices().list(DataFlow.NOTIFY);

        assertThat(microphones).extracting(AudioDevice::name).containsExactly(PulseAudioServer.MICROPHONE_NAME);
        assertThat(microphones.getFirst()).isEqualTo(new AudioDevice(PulseAudioServer.MICROPHONE,
                PulseAudioServer.MICROPHONE_NAME, DataFlow.CAPTURE, true));
        assertThat(speakers).extracting(AudioDevice::name)
                .containsExactlyInAnyOrder(PulseAudioServer.SPEAKER_NAME, PulseAudioServer.MIC_FEED_NAME);
        assertThat(speakers).filteredOn(AudioDevice::systemDefault).extracting(AudioDevice::id)
                .containsExactly(PulseAudioServer.SPEAKER);
        assertThat(ringers).extracting(AudioDevice::name).containsExactlyInAnyOrderElementsOf(
                speakers.stream().map(AudioDevice::name).toList());
    }

    @Test
    void aNewSystemDefaultIsMarkedAndListenersHearOfIt() throws Exception {
        List<List<AudioDevice>> updates = new CopyOnWriteArrayList<>();
        try (AutoCloseable _ = engine.devices().onChange(updates::add)) {
            pulse.setDefaultSink(PulseAudioServer.MIC_FEED);

            Await.untilTrue("Test-Mic-Feed to be the default speaker", HOT_PLUG_DEADLINE,
                    () -> isDefault(DataFlow.PLAYBACK, PulseAudioServer.MIC_FEED_NAME));
            assertThat(updates).isNotEmpty();
            assertThat(updates.getLast()).contains(new AudioDevice(PulseAudioServer.MIC_FEED, PulseAudioServer.MIC_FEED_NAME,
                    DataFlow.PLAYBACK, true));
        }
    }

    @Test
    void pinsADeviceByNameAndFollowsTheDefaultAgain() {
        engine.use(DataFlow.PLAYBACK, Optional.of(PulseAudioServer.MIC_FEED_NAME));

        assertThat(engine.pinned(DataFlow.PLAYBACK)).contains(PulseAudioServer.MIC_FEED_NAME);
        assertThat(engine.pinned(DataFlow.CAPTURE)).isEmpty();

        engine.use(DataFlow.PLAYBACK, Optional.empty());
        assertThat(engine.pinned(DataFlow.PLAYBACK)).isEmpty();
    }

    @Test
    void aHotPluggedSpeakerAppearsAndDisappears() {
        try (var _ = pulse.addSink("headset", "USB-Headset")) {
            Await.untilTrue("the hot-plugged USB-Headset to be listed", HOT_PLUG_DEADLINE,
                    () -> names(DataFlow.PLAYBACK).contains("USB-Headset"));
            assertThat(names(DataFlow.NOTIFY)).contains("USB-Headset");
        }
        Await.untilTrue("the unplugged USB-Headset to be gone", HOT_PLUG_DEADLINE,
                () -> !names(DataFlow.PLAYBACK).contains("USB-Headset"));
    }

    private static List<String> names(DataFlow flow) {
        return engine.devices().list(flow).stream().map(AudioDevice::name).toList();
    }

    private static boolean isDefault(DataFlow flow, String name) {
        return engine.devices().list(flow).stream().anyMatch(device -> device.systemDefault() && device.name().equals(name));
    }
}
