package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaSession;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.RtpPacket;
import org.switchboard.media.testing.RtpProbe;
import org.switchboard.media.testing.SharedMediaEngine;
import org.switchboard.media.testing.Tones;

/**
 * The next call's audio kept on standby ({@link MediaEngine#standBy}): a stream started ahead with
 * the microphone paused, taken by the next session on its address. What PulseAudio lists of our call
 * streams shows whether the microphone is paused and whether the standby's stream is the one a call
 * then uses.
 */
class JitsiStandbyTest {
    private static final Duration DEADLINE = Duration.ofSeconds(8);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static PulseAudioServer pulse;
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
    }

    @AfterEach
    void noStandbyLeftForOtherTests() throws Exception {
        engine.newSession(LOOPBACK).close();
        Await.untilTrue("no call microphone stream left", DEADLINE, () -> callRecordings().isEmpty());
    }

    @Test
    void aStandbyHoldsItsMicrophonePausedAndItsCallSendsAtOnceThenTheMicrophone() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        Recording standing = awaitOneRecording(true);

        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(LOOPBACK)) {
            assertThat(callRecordings()).as("taken, but no call has started yet").containsExactly(standing);
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));

            assertThat(awaitOneRecording(false).index()).as("the standby's own stream, now capturing").isEqualTo(standing.index());
            Await.untilTrue("two seconds of PCMU at the probe", DEADLINE, () -> probe.packets(0).size() >= 100);
            assertThat(probe.decodedPcmu().dominantFrequency()).isCloseTo(1000, within(20.0));
            assertOneUnbrokenStream(probe.packets(0), 160);
        }
    }

    @Test
    void anOutgoingCallPreparingTheStandbysCodecStartsItsMicrophoneWhileItRings() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        Recording standing = awaitOneRecording(true);

        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(LOOPBACK)) {
            session.prepare(Codecs.PCMU);
            assertThat(awaitOneRecording(false).index()).isEqualTo(standing.index());
            Await.during(Duration.ofMillis(300), "nothing sent before the answer", () -> probe.packets(0).isEmpty());

            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));
            Await.untilTrue("a second of PCMU at the probe", DEADLINE, () -> probe.packets(0).size() >= 50);
            assertThat(probe.decodedPcmu().dominantFrequency()).isCloseTo(1000, within(20.0));
            assertOneUnbrokenStream(probe.packets(0), 160);
        }
    }

    @Test
    void nothingSentToAStandbysPortsPlaysUntilItsCallPreparesOrStarts() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        awaitOneRecording(true);

        try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(LOOPBACK)) {
            try (var recording = pulse.recordSpeaker()) { // an incoming call that only rings has taken the standby
                probe.sendPcmu(Tones.sine(440, 1.5, 8000), session.localRtp());
                assertThat(recording.stop().peakRms()).as("what the speaker played before the call took its audio").isLessThan(50);
            }

            session.prepare(Codecs.PCMU);
            try (var recording = pulse.recordSpeaker()) {
                probe.sendPcmu(Tones.sine(440, 2.5, 8000), session.localRtp());
                assertThat(recording.stop().dominantFrequency()).isCloseTo(440, within(20.0));
            }
        }
    }

    @Test
    void aStandbyForAnotherCodecStillCarriesTheCallInTheAgreedOne() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.OPUS));
        awaitOneRecording(true);

        try (var _ = pulse.feedTone(1000, 30); RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(LOOPBACK)) {
            session.start(Plans.toProbe(probe, Codecs.PCMU, MediaDirection.SENDRECV));

            Await.untilTrue("a second of PCMU at the probe", DEADLINE, () -> probe.packets(0).size() >= 50);
            assertThat(probe.packets(0)).extracting(RtpPacket::payloadType).containsOnly(0);
            assertThat(probe.decodedPcmu().dominantFrequency()).isCloseTo(1000, within(20.0));
        }
    }

    @Test
    void aNewerStandbyReplacesTheOlderAndOneForAnotherAddressIsNotUsed() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        Recording first = awaitOneRecording(true);
        engine.standBy(LOOPBACK, Optional.of(Codecs.OPUS));
        Await.untilTrue("the Opus standby in place of the PCMU one", DEADLINE,
                () -> callRecordings().size() == 1 && callRecordings().getFirst().index() != first.index());

        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (MediaSession session = engine.newSession(other)) {
            assertThat(session.localRtp().getAddress()).isEqualTo(other);
            Await.untilTrue("the standby on another address closed", DEADLINE, () -> callRecordings().isEmpty());
        }
    }

    @Test
    void aStandbyIsNotRemadeWhenOneStandsByAlreadyForThatCodecOrForAnyCodec() throws Exception {
        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        Recording standing = awaitOneRecording(true);

        engine.standBy(LOOPBACK, Optional.of(Codecs.PCMU));
        engine.standBy(LOOPBACK, Optional.empty());
        Await.during(Duration.ofMillis(500), "the same standby", () -> callRecordings().equals(List.of(standing)));
    }

    /** Packets in sequence with no gap, each {@code samples} later than the one before. */
    private static void assertOneUnbrokenStream(List<RtpPacket> packets, int samples) {
        for (int i = 1; i < packets.size(); i++) {
            RtpPacket before = packets.get(i - 1);
            RtpPacket packet = packets.get(i);
            assertThat((packet.sequence() - before.sequence()) & 0xFFFF).as("sequence step at packet %d", i).isEqualTo(1);
            assertThat(packet.timestamp() - before.timestamp()).as("timestamp step at packet %d", i).isEqualTo(samples);
        }
    }

    private static Recording awaitOneRecording(boolean paused) {
        Await.untilTrue("one " + (paused ? "paused" : "capturing") + " call microphone stream", DEADLINE,
                () -> callRecordings().size() == 1 && callRecordings().getFirst().paused() == paused);
        return callRecordings().getFirst();
    }

    /** One of our call streams' recordings as PulseAudio lists it. */
    private record Recording(int index, boolean paused) {}

    private static List<Recording> callRecordings() {
        List<Recording> found = new ArrayList<>();
        for (String block : pulse.pactl("list", "source-outputs").split("Source Output #")) {
            if (block.contains("application.name = \"Switchboard calls\"")) {
                int index = Integer.parseInt(block.lines().findFirst().orElseThrow().strip());
                found.add(new Recording(index, block.contains("Corked: yes")));
            }
        }
        return found;
    }
}
