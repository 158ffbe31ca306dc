package org.switchboard.media.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaSession;
import org.switchboard.media.SdesCrypto;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.SharedMediaEngine;

/** Two sessions of one engine calling each other on the loopback interface: Opus, SRTP, hold. */
class JitsiLoopbackCallTest {
    private static final Duration MEDIA_DEADLINE = Duration.ofSeconds(10);
    private static MediaEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = SharedMediaEngine.get();
    }

    @Test
    void twoSessionsTalkOpusWithoutLoss() throws Exception {
        try (MediaSession alice = newSession(); MediaSession bob = newSession()) {
            alice.start(Plans.toSession(bob, Codecs.OPUS));
            bob.start(Plans.toSession(alice, Codecs.OPUS));

            Await.untilTrue("three seconds of Opus both ways", MEDIA_DEADLINE,
                    () -> alice.quality().packetsReceived() >= 150 && bob.quality().packetsReceived() >= 150);
            for (CallQuality quality : new CallQuality[] {alice.quality(), bob.quality()}) {
                assertThat(quality.codec()).isEqualTo("opus/48000");
                assertThat(quality.packetsSent()).isGreaterThanOrEqualTo(150);
                assertThat(quality.lossPercent()).isZero();
                assertThat(quality.jitterMs()).isBetween(0.0, 20.0);
                assertThat(quality.mos()).isGreaterThan(4.0);
                assertThat(quality.noIncomingAudio()).isFalse();
                assertThat(quality.incomingSilence()).isLessThan(Duration.ofMillis(500));
            }
            double roundTrip = Await.until("a round trip from RTCP", Duration.ofSeconds(12),
                    () -> java.util.Optional.of(alice.quality().roundTripMs()).filter(rtt -> rtt >= 0));
            assertThat(roundTrip).isLessThan(100);
        }
    }

    @Test
    void holdStopsTheHeldSideFromExpectingAudio() throws Exception {
        try (MediaSession alice = newSession(); MediaSession bob = newSession()) {
            alice.start(Plans.toSession(bob, Codecs.PCMU));
            bob.start(Plans.toSession(alice, Codecs.PCMU));
            Await.untilTrue("audio both ways", MEDIA_DEADLINE,
                    () -> alice.quality().packetsReceived() > 10 && bob.quality().packetsReceived() > 10);

            alice.update(Plans.toSession(bob, Codecs.PCMU).withDirection(MediaDirection.SENDONLY));
            bob.update(Plans.toSession(alice, Codecs.PCMU).withDirection(MediaDirection.RECVONLY));
            long bobSentAtHold = bob.quality().packetsSent();

            Await.untilTrue("alice to keep sending while bob stays quiet", MEDIA_DEADLINE,
                    () -> bob.quality().packetsReceived() > 100);
            assertThat(bob.quality().packetsSent() - bobSentAtHold).isLessThan(5);
            assertThat(alice.quality().incomingSilence()).isEqualTo(Duration.ZERO);

            alice.update(Plans.toSession(bob, Codecs.PCMU));
            bob.update(Plans.toSession(alice, Codecs.PCMU));
            long aliceReceivedAtResume = alice.quality().packetsReceived();
            Await.untilTrue("bob's audio again after resume", MEDIA_DEADLINE,
                    () -> alice.quality().packetsReceived() > aliceReceivedAtResume + 20);
        }
    }

    @Test
    void srtpWithSdesKeysCarriesAudio() throws Exception {
        try (MediaSession alice = newSession(); MediaSession bob = newSession()) {
            alice.start(Plans.toSessionSecure(alice, bob, Codecs.OPUS));
            bob.start(Plans.toSessionSecure(bob, alice, Codecs.OPUS));

            Await.untilTrue("encrypted audio both ways", MEDIA_DEADLINE,
                    () -> alice.quality().packetsReceived() >= 50 && bob.quality().packetsReceived() >= 50);
            assertThat(alice.quality().lossPercent()).isZero();
            assertThat(alice.localCryptoOffers()).extracting(SdesCrypto::suite).contains("AES_CM_128_HMAC_SHA1_80");
            assertThat(alice.localCryptoOffers().getFirst().keyParams()).startsWith("inline:");
        }
    }

    @Test
    void aWrongSrtpKeyDecodesNothing() throws Exception {
        try (MediaSession alice = newSession(); MediaSession bob = newSession(); MediaSession stranger = newSession()) {
            alice.start(Plans.toSessionSecure(alice, bob, Codecs.PCMU));
            bob.start(Plans.withKeys(bob, alice, Codecs.PCMU, stranger.localCryptoOffers().getFirst()));

            Await.untilTrue("alice to receive bob's audio", MEDIA_DEADLINE, () -> alice.quality().packetsReceived() >= 50);
            Await.untilTrue("bob to report no incoming audio", MEDIA_DEADLINE, () -> bob.quality().noIncomingAudio());
            assertThat(alice.quality().packetsSent()).isGreaterThan(100);
            assertThat(bob.quality().packetsReceived()).isZero();
        }
    }

    @Test
    void rejectsAKeyThisSessionDidNotOffer() throws Exception {
        try (MediaSession alice = newSession(); MediaSession bob = newSession()) {
            SdesCrypto notOurs = bob.localCryptoOffers().getFirst();
            var plan = new org.switchboard.media.MediaPlan(bob.localRtp(), bob.localRtp(), Codecs.PCMU,
                    java.util.Optional.empty(), MediaDirection.SENDRECV, java.util.Optional.of(notOurs),
                    java.util.Optional.of(notOurs));

            assertThatThrownBy(() -> alice.start(plan)).isInstanceOf(MediaException.class)
                    .hasMessageContaining("not one this session offered");
        }
    }

    private static MediaSession newSession() throws MediaException {
        return engine.newSession(InetAddress.getLoopbackAddress());
    }
}
