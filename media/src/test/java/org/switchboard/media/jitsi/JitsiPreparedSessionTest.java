package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaSession;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.RtpPacket;
import org.switchboard.media.testing.RtpProbe;
import org.switchboard.media.testing.SharedMediaEngine;
import org.switchboard.media.testing.Tones;

/** Sessions prepared before the answer (microphone and encoder running, no peer yet), then started by it. */
class JitsiPreparedSessionTest {
    private static final Duration MEDIA_DEADLINE = Duration.ofSeconds(8);
    private static PulseAudioServer pulse;
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
    }

    @Test
    void preparedForOpusAnsweredWithPcmuSendsTheMicrophoneAsPcmuAndCountsOnlyWhatItSent() throws Exception {
        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open();
             MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.prepare(Codecs.OPUS);
            Await.during(Duration.ofMillis(600), "no call figures before the answer", () -> session.quality().equals(CallQuality.NONE));

            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));

            Await.untilTrue("two seconds of PCMU at the probe", MEDIA_DEADLINE, () -> probe.packets(0).size() >= 100);
            assertThat(probe.decodedPcmu().dominantFrequency()).isCloseTo(1000, within(20.0));
            assertThat(probe.packets()).extracting(RtpPacket::payloadType).containsOnly(0);
            long counted = session.quality().packetsSent();
            Await.untilTrue("every packet counted as sent to be at the probe (none counted while prepared)", MEDIA_DEADLINE,
                    () -> probe.packets(0).size() >= counted);
        }
    }

    @Test
    void incomingSilenceCountsFromTheAnswerNotFromPreparing() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.prepare(Codecs.PCMU);
            Await.during(Duration.ofMillis(3500), "no call figures while it rings", () -> session.quality().equals(CallQuality.NONE));

            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));

            assertThat(session.quality().noIncomingAudio()).isFalse();
            assertThat(session.quality().incomingSilence()).isLessThan(Duration.ofSeconds(3));
            Await.untilTrue("audio at the probe", MEDIA_DEADLINE, () -> !probe.packets(0).isEmpty());
        }
    }

    @Test
    void aCallMutedWhileItRingsStartsMuted() throws Exception {
        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open();
             MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
            session.prepare(Codecs.PCMU);
            session.mute(true);

            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            Await.untilTrue("a second of audio at the probe", MEDIA_DEADLINE, () -> probe.packets(0).size() >= 50);
            assertThat(probe.decodedPcmu().peakRms()).as("what was sent while muted").isLessThan(50);

            session.mute(false);
            Await.untilTrue("the tone after unmute", MEDIA_DEADLINE, () -> probe.decodedPcmu().peakRms() > 1000);
        }
    }

    @Test
    void playsWhatArrivesBeforeTheAnswer() throws Exception {
        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress());
             var recording = pulse.recordSpeaker()) {
            session.prepare(Codecs.PCMU);

            probe.sendPcmu(Tones.sine(440, 2.5, 8000), session.localRtp());

            assertThat(recording.stop().dominantFrequency()).isCloseTo(440, within(20.0));
        }
    }
}
