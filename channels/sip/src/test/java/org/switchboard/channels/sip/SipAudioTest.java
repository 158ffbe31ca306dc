package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.testing.Pcm;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.SharedMediaEngine;
import org.switchboard.media.testing.Tones;

/**
 * Real audio both ways with the libjitsi engine: a 1 kHz tone fed into our virtual microphone
 * arrives in baresip's recording, and baresip's 440 Hz tone arrives at our virtual speaker.
 */
class SipAudioTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "bob", "olga", "sara", "sam", "dina");
    private static final Duration TALK = Duration.ofSeconds(3);

    private static PulseAudioServer pulse;
    private static MediaEngine engine;
    private static SipChannel alice;

    @BeforeAll
    static void start() throws Exception {
        pulse = PulseAudioServer.shared();
        engine = SharedMediaEngine.get();
        alice = new SipChannelFactory(Runnable::run, engine, SipTrust.system()).create(KAMAILIO.account("alice", SipTransport.UDP));
        alice.connect().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        alice.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCMU", "opus"})
    void tonesCrossInBothDirections(String codec) throws Exception {
        String user = codec.equals("opus") ? "olga" : "bob";
        try (BaresipPeer peer = BaresipPeer.named(user).registeringAt(KAMAILIO, SipTransport.UDP).tone(440).codecs(codec).start();
             PulseAudioServer.Playback mic = pulse.feedTone(1000, 30);
             PulseAudioServer.Recording speaker = pulse.recordSpeaker()) {
            CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow()
                    .dial(Addresses.parse(EndpointKind.SIP, peer.uri())));
            call.await(CallState.Connected.class);
            Await.untilTrue("audio flowing both ways for " + TALK.toSeconds() + " s", Duration.ofSeconds(20),
                    () -> call.call.quality().packetsReceived() > TALK.toMillis() / 20
                            && call.call.quality().packetsSent() > TALK.toMillis() / 20);
            CallQuality quality = call.call.quality();
            Pcm heard = speaker.stop();
            call.call.hangUp();
            peer.awaitEvent("CALL_CLOSED");

            assertThat(quality.codec()).containsIgnoringCase(codec);
            assertThat(heard.dominantFrequency()).as("what our speaker played")
                    .isCloseTo(440, within(15.0));
            Path theirs = Await.until("baresip's recording", () -> recording(peer));
            Pcm received = Tones.readWav(theirs);
            assertThat(received.dominantFrequency()).as("what baresip received")
                    .isCloseTo(1000, within(15.0));
        }
    }

    @org.junit.jupiter.api.Test
    void srtpCallsCarryAudioBothWays() throws Exception {
        SipChannel sara = new SipChannelFactory(Runnable::run, engine, SipTrust.system())
                .create(KAMAILIO.account("sara", SipTransport.UDP).withRequireSrtp(true));
        try (BaresipPeer sam = BaresipPeer.named("sam").registeringAt(KAMAILIO, SipTransport.UDP).tone(440).srtp().start();
             PulseAudioServer.Playback mic = pulse.feedTone(1000, 30);
             PulseAudioServer.Recording speaker = pulse.recordSpeaker()) {
            sara.connect().get(10, TimeUnit.SECONDS);
            CallRecorder call = new CallRecorder(sara.capability(Telephony.class).orElseThrow()
                    .dial(Addresses.parse(EndpointKind.SIP, sam.uri())));
            call.await(CallState.Connected.class);
            Await.untilTrue("audio flowing both ways", Duration.ofSeconds(20),
                    () -> call.call.quality().packetsReceived() > 150 && call.call.quality().packetsSent() > 150);
            Pcm heard = speaker.stop();
            call.call.hangUp();
            sam.awaitEvent("CALL_CLOSED");

            assertThat(heard.dominantFrequency()).as("what our speaker played").isCloseTo(440, within(15.0));
            Pcm received = Tones.readWav(Await.until("sam's recording", () -> recording(sam)));
            assertThat(received.dominantFrequency()).as("what sam received").isCloseTo(1000, within(15.0));
        } finally {
            sara.close();
        }
    }

    @org.junit.jupiter.api.Test
    void dtmfFromTheEngineReachesThePeer() throws Exception {
        try (BaresipPeer dina = BaresipPeer.named("dina").registeringAt(KAMAILIO, SipTransport.UDP).start()) {
            CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow()
                    .dial(Addresses.parse(EndpointKind.SIP, dina.uri())));
            call.await(CallState.Connected.class);
            Await.untilTrue("audio flowing", Duration.ofSeconds(20), () -> call.call.quality().packetsSent() > 10);

            for (char digit : "19#".toCharArray()) {
                call.call.sendDtmf(digit);
            }

            Await.untilTrue("dina to receive 1, 9 and #", () -> dina.log().contains("received event: '1' (end=1)")
                    && dina.log().contains("received event: '9' (end=1)") && dina.log().contains("received event: '#' (end=1)"));
            call.call.hangUp();
        }
    }

    private static java.util.Optional<Path> recording(BaresipPeer peer) {
        try {
            return peer.receivedRecordings().stream().filter(p -> p.toFile().length() > 8000).findFirst();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }
}
