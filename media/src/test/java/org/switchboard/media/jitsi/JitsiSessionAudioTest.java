package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaSession;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.RtpPacket;
import org.switchboard.media.testing.RtpProbe;
import org.switchboard.media.testing.SharedMediaEngine;
import org.switchboard.media.testing.Tones;

/** One session against a plain RTP peer: what it sends from the microphone and what it plays. */
class JitsiSessionAudioTest {
    private static final Duration MEDIA_DEADLINE = Duration.ofSeconds(8);
    private static PulseAudioServer pulse;
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
    }

    @Test
    void sendsTheMicrophoneAsPcmu() throws Exception {
        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open();
             MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));

            Await.untilTrue("two seconds of PCMU at the probe", MEDIA_DEADLINE, () -> probe.packets(0).size() >= 100);
            Pcm sent = probe.decodedPcmu();
            assertThat(sent.dominantFrequency()).isCloseTo(1000, within(20.0));
            assertThat(sent.peakRms()).isGreaterThan(1000);
            assertThat(probe.packets()).extracting(RtpPacket::payloadType).containsOnly(0);
        }
    }

    @Test
    void playsReceivedPcmuOnTheSpeaker() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress());
             var recording = pulse.recordSpeaker()) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.RECVONLY));

            probe.sendPcmu(Tones.sine(440, 2.5, 8000), session.localRtp());

            Pcm played = recording.stop();
            assertThat(played.dominantFrequency()).isCloseTo(440, within(20.0));
            assertThat(session.quality().packetsReceived()).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void muteSendsSilence() throws Exception {
        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open();
             MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            Await.untilTrue("the tone at the probe", MEDIA_DEADLINE, () -> probe.decodedPcmu().peakRms() > 1000);

            session.mute(true);
            Await.untilTrue("silence after mute", MEDIA_DEADLINE, () -> lastSecondRms(probe) < 50);

            session.mute(false);
            Await.untilTrue("the tone again after unmute", MEDIA_DEADLINE, () -> lastSecondRms(probe) > 1000);
        }
    }

    @Test
    void sendsDtmfAsRfc4733EventsOnTheNegotiatedPayloadType() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            Await.untilTrue("audio at the probe", MEDIA_DEADLINE, () -> !probe.packets(0).isEmpty());

            session.sendDtmf('5');
            session.sendDtmf('#');

            Await.untilTrue("the end of the # event", MEDIA_DEADLINE,
                    () -> probe.packets(101).stream().anyMatch(packet -> packet.dtmfEvent() == 11 && packet.dtmfEnd()));
            List<RtpPacket> events = probe.packets(101);
            assertThat(events.getFirst().dtmfEvent()).isEqualTo(5);
            assertThat(events.getFirst().marker()).isTrue();
            assertThat(events).extracting(RtpPacket::dtmfEvent).containsSubsequence(5, 11);
            assertThat(events).filteredOn(packet -> packet.dtmfEvent() == 5).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void reportsNoIncomingAudioAfterThreeSilentSeconds() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            assertThat(session.quality().noIncomingAudio()).isFalse();

            Await.untilTrue("no incoming audio to be reported", Duration.ofSeconds(6), () -> session.quality().noIncomingAudio());
            assertThat(session.quality().incomingSilence()).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(6));

            CompletableFuture.runAsync(() -> probe.sendPcmu(Tones.sine(440, 1, 8000), session.localRtp()));
            Await.untilTrue("incoming audio again", MEDIA_DEADLINE, () -> !session.quality().noIncomingAudio());
        }
    }

    @Test
    void closesRightAfterTheFirstPacketsArriveWithoutHanging() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 3; round++) {
                try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
                    session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
                    probe.sendPcmu(Tones.sine(440, 0.06, 8000), session.localRtp());
                    Await.untilTrue("the first packets to arrive", MEDIA_DEADLINE, () -> session.quality().packetsReceived() > 0);
                }
            }
        });
    }

    private static double lastSecondRms(RtpProbe probe) {
        short[] samples = probe.decodedPcmu().samples();
        int from = Math.max(0, samples.length - 8000);
        return Tones.rms(samples, from, samples.length);
    }
}
