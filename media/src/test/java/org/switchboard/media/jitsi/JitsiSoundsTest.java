package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaSession;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.RtpProbe;
import org.switchboard.media.testing.SharedMediaEngine;
import org.switchboard.media.testing.Tones;

/** The test tone, the ring, the microphone meter, and where a running call's sound goes. */
class JitsiSoundsTest {
    private static final String FEED_MONITOR = PulseAudioServer.MIC_FEED + ".monitor";
    private static PulseAudioServer pulse;
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
    }

    @AfterEach
    void followDefaultsAgain() {
        for (DataFlow flow : DataFlow.values()) {
            engine.use(flow, Optional.empty());
        }
        pulse.restoreDefaults();
    }

    @Test
    void playsTheTestToneOnTheSpeaker() throws Exception {
        try (var recording = pulse.recordSpeaker()) {
            engine.playTestTone(DataFlow.PLAYBACK).get(5, TimeUnit.SECONDS);

            Pcm played = recording.stop();
            assertThat(played.dominantFrequency()).isCloseTo(TonePlayer.Cadence.TEST_TONE.frequencyHz(), within(20.0));
        }
    }

    @Test
    void playsTheTestToneOnThePinnedRinger() throws Exception {
        engine.use(DataFlow.NOTIFY, Optional.of(PulseAudioServer.MIC_FEED_NAME));
        try (var onFeed = pulse.record(FEED_MONITOR); var onSpeaker = pulse.recordSpeaker()) {
            engine.playTestTone(DataFlow.NOTIFY).get(5, TimeUnit.SECONDS);

            assertThat(onFeed.stop().dominantFrequency()).isCloseTo(TonePlayer.Cadence.TEST_TONE.frequencyHz(), within(20.0));
            assertThat(onSpeaker.stop().peakRms()).isLessThan(50);
        }
    }

    @Test
    void ringsUntilClosed() throws Exception {
        try (var recording = pulse.recordSpeaker()) {
            AutoCloseable ring = engine.ring();
            Await.untilTrue("the ring on the speaker", () -> recording.soFar().seconds() > 1.2
                    && recording.soFar().peakRms() > 1000);
            ring.close();
            int atClose = recording.soFar().samples().length;
            Await.untilTrue("a second of recording after the ring stopped",
                    () -> recording.soFar().samples().length > atClose + PulseAudioServer.RECORDING_RATE);

            Pcm all = recording.stop();
            assertThat(all.dominantFrequency()).isCloseTo(TonePlayer.Cadence.RING.frequencyHz(), within(20.0));
            int settled = atClose + PulseAudioServer.RECORDING_RATE / 4;
            assertThat(Tones.rms(all.samples(), settled, all.samples().length)).isLessThan(50);
        }
    }

    @Test
    void metersTheMicrophone() throws Exception {
        List<Double> levels = new CopyOnWriteArrayList<>();
        try (AutoCloseable _ = engine.meterMicrophone(levels::add)) {
            Await.untilTrue("a second of quiet levels", () -> levels.size() >= 20);
            assertThat(levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isLessThan(0.1);

            try (var _ = pulse.feedTone(1000, 30)) {
                Await.untilTrue("a loud level while the tone plays", () -> levels.getLast() > 0.7);
            }
        }
        int afterClose = levels.size();
        Await.during(Duration.ofMillis(300), "no level after the meter closed", () -> levels.size() <= afterClose + 1);
    }

    @Test
    void aRunningCallMovesToAPinnedSpeakerAndBackToTheDefault() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.RECVONLY));
            Thread sender = Thread.ofPlatform().daemon().start(() -> probe.sendPcmu(Tones.sine(440, 6, 8000), session.localRtp()));
            try (var onSpeaker = pulse.recordSpeaker()) {
                Await.untilTrue("the call on the speaker", () -> onSpeaker.soFar().seconds() > 1 && onSpeaker.soFar().peakRms() > 1000);
            }

            engine.use(DataFlow.PLAYBACK, Optional.of(PulseAudioServer.MIC_FEED_NAME));
            try (var onFeed = pulse.record(FEED_MONITOR)) {
                Await.untilTrue("the call on the pinned Test-Mic-Feed", () -> onFeed.soFar().seconds() > 1
                        && onFeed.soFar().peakRms() > 1000 && onFeed.soFar().dominantFrequency() == 440);
            }

            engine.use(DataFlow.PLAYBACK, Optional.empty());
            try (var onSpeaker = pulse.recordSpeaker()) {
                Await.untilTrue("the call back on the default speaker", () -> onSpeaker.soFar().seconds() > 1
                        && onSpeaker.soFar().peakRms() > 1000);
            }
            probe.stopSending();
            sender.join(7000);
        }
    }

    @Test
    void aRunningCallFollowsTheSystemDefaultUnlessPinned() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.RECVONLY));
            Thread sender = Thread.ofPlatform().daemon().start(() -> probe.sendPcmu(Tones.sine(440, 8, 8000), session.localRtp()));
            awaitTone(PulseAudioServer.SPEAKER + ".monitor", "the call on the default speaker");

            pulse.setDefaultSink(PulseAudioServer.MIC_FEED);
            awaitTone(FEED_MONITOR, "the call on the new default, Test-Mic-Feed");

            engine.use(DataFlow.PLAYBACK, Optional.of(PulseAudioServer.SPEAKER_NAME));
            awaitTone(PulseAudioServer.SPEAKER + ".monitor", "the call on the pinned Test-Speaker");
            pulse.restoreDefaults();
            pulse.setDefaultSink(PulseAudioServer.MIC_FEED);
            try (var onFeed = pulse.record(FEED_MONITOR)) {
                Await.during(Duration.ofMillis(700), "the pinned call stays off the new default",
                        () -> onFeed.soFar().peakRms() < 50);
            }
            probe.stopSending();
            sender.join(9000);
        }
    }

    private static void awaitTone(String source, String what) {
        try (var recording = pulse.record(source)) {
            Await.untilTrue(what, () -> recording.soFar().seconds() > 0.5 && recording.soFar().peakRms() > 1000
                    && recording.soFar().dominantFrequency() == 440);
        }
    }

    @Test
    void aRunningCallMovesToAPinnedMicrophone() throws Exception {
        try (var _ = pulse.addMicrophone("headsetmic", "Headset-Microphone");
             var _ = pulse.feedTone(1000, 30); var _ = pulse.playTone("headsetmicfeed", 600, 30);
             RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            Await.untilTrue("the default microphone's 1 kHz in the call", () -> lastSecond(probe).dominantFrequency() == 1000);

            engine.use(DataFlow.CAPTURE, Optional.of("Headset-Microphone"));
            Await.untilTrue("the pinned microphone's 600 Hz in the call", () -> lastSecond(probe).dominantFrequency() == 600);

            engine.use(DataFlow.CAPTURE, Optional.empty());
            Await.untilTrue("the default microphone again", () -> lastSecond(probe).dominantFrequency() == 1000);
        }
    }

    private static Pcm lastSecond(RtpProbe probe) {
        short[] samples = probe.decodedPcmu().samples();
        int from = Math.max(0, samples.length - 8000);
        return new Pcm(java.util.Arrays.copyOfRange(samples, from, samples.length), 8000);
    }
}
