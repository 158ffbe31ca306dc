package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.calls.CallDirection;
import org.switchboard.media.MediaDirection;

/** Calls between our channel and a real baresip through a real Kamailio (UDP; media faked, signalling real). */
class SipCallTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "bob", "dora");

    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();
    private static SipChannel alice;
    private static BaresipPeer bob;
    private static BaresipPeer dora;
    private final List<Call> incoming = new CopyOnWriteArrayList<>();
    private AutoCloseable subscription;

    @BeforeAll
    static void start() throws Exception {
        bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).start();
        dora = BaresipPeer.named("dora").registeringAt(KAMAILIO, SipTransport.UDP).manualAnswer().start();
        alice = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system()).create(KAMAILIO.account("alice", SipTransport.UDP));
        alice.connect().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        bob.close();
        dora.close();
        MEDIA.close();
    }

    private Telephony telephony() {
        return alice.capability(Telephony.class).orElseThrow();
    }

    @org.junit.jupiter.api.BeforeEach
    void listen() {
        subscription = telephony().onIncomingCall(incoming::add);
    }

    @AfterEach
    void hangUpLeftovers() throws Exception {
        subscription.close();
        incoming.forEach(Call::hangUp);
        for (BaresipPeer peer : List.of(bob, dora)) {
            peer.command("hangup");
        }
    }

    private static Endpoint sip(String address) {
        return Addresses.parse(EndpointKind.SIP, address);
    }

    @Test
    void anOutgoingCallIsAnsweredAndEndsWhenTheyHangUp() throws Exception {
        int closedBefore = (int) bob.count("CALL_CLOSED");
        CallRecorder call = new CallRecorder(telephony().dial(sip(bob.uri())));

        CallState.Connected connected = call.await(CallState.Connected.class);

        assertThat(connected.onHold()).isFalse();
        assertThat(call.call.direction()).isEqualTo(CallDirection.OUTGOING);
        SignallingOnlyMedia.Session media = MEDIA.sessions().getLast();
        Await.untilTrue("the media to start (on its own executor)", () -> !media.plans().isEmpty());
        assertThat(media.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.codec().encoding()).isEqualTo("PCMU");
            assertThat(plan.telephoneEvent()).isPresent();
            assertThat(plan.direction()).isEqualTo(MediaDirection.SENDRECV);
            assertThat(plan.remoteRtp().getAddress().isLoopbackAddress()).isTrue();
        });
        bob.awaitEvent("CALL_ESTABLISHED");

        bob.hangUp();

        CallState.Ended ended = call.ended();
        assertThat(ended.reason().kind()).isEqualTo(EndReason.Kind.REMOTE_HUNG_UP);
        assertThat(ended.talked()).isPositive();
        assertThat(call.call.ended()).isCompletedWithValue(ended);
        Await.untilTrue("the media session to close", media::closed);
        bob.awaitEvent("CALL_CLOSED", closedBefore, Await.DEADLINE);
    }

    @Test
    void anIncomingCallRingsAndIsAnswered() throws Exception {
        dora.dial("sip:alice@" + KamailioServer.DOMAIN);

        Call call = Await.until("an incoming call", () -> incoming.stream().findFirst());
        CallRecorder recorder = new CallRecorder(call);
        assertThat(call.state()).isInstanceOf(CallState.Incoming.class);
        assertThat(call.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(call.remote()).isEqualTo(sip("sip:dora@example.test"));
        dora.awaitEvent("CALL_RINGING");

        call.answer();

        recorder.await(CallState.Connected.class);
        dora.awaitEvent("CALL_ESTABLISHED");
        call.hangUp();
        assertThat(recorder.ended().reason().kind()).isEqualTo(EndReason.Kind.HUNG_UP);
        dora.awaitEvent("CALL_CLOSED");
    }

    @Test
    void cancellingWhileItRingsEndsTheCallAtBothEnds() throws Exception {
        int closedBefore = (int) dora.count("CALL_CLOSED");
        CallRecorder call = new CallRecorder(telephony().dial(sip(dora.uri())));
        call.await(CallState.Ringing.class);
        dora.awaitEvent("CALL_INCOMING");

        call.call.hangUp();

        assertThat(call.ended().reason().kind()).isEqualTo(EndReason.Kind.CANCELLED);
        assertThat(call.ended().talked()).isZero();
        dora.awaitEvent("CALL_CLOSED", closedBefore, Await.DEADLINE);
    }

    @Test
    void aPeerThatRefusesWhileRingingIsBusy() throws Exception {
        CallRecorder call = new CallRecorder(telephony().dial(sip(dora.uri())));
        call.await(CallState.Ringing.class);

        dora.hangUp();

        EndReason reason = call.ended().reason();
        assertThat(reason.kind()).as("%s", reason).isEqualTo(EndReason.Kind.BUSY);
        assertThat(reason.code()).isEqualTo("486");
    }

    @Test
    void anUnknownAddressIsNotFound() {
        CallRecorder call = new CallRecorder(telephony().dial(sip("sip:nobody@" + KamailioServer.DOMAIN)));

        EndReason reason = call.ended().reason();
        assertThat(reason.kind()).isEqualTo(EndReason.Kind.NOT_FOUND);
        assertThat(reason.code()).isEqualTo("404");
    }

    @Test
    void holdAndResumeAreReInvitesTheyAgreeTo() throws Exception {
        CallRecorder call = new CallRecorder(telephony().dial(sip(bob.uri())));
        call.await(CallState.Connected.class);
        SignallingOnlyMedia.Session media = MEDIA.sessions().getLast();
        long reInvites = bob.log().lines().filter(l -> l.contains("got re-INVITE")).count();

        call.call.hold(true).get(10, TimeUnit.SECONDS);

        call.awaitConnected(true, false);
        // the media follows on its own serial executor, just after the state
        Await.untilTrue("our media to send only", () -> media.plans().getLast().direction() == MediaDirection.SENDONLY);
        Await.untilTrue("baresip to see the re-INVITE", () -> bob.log().lines().filter(l -> l.contains("got re-INVITE")).count() > reInvites);

        call.call.hold(false).get(10, TimeUnit.SECONDS);

        call.awaitConnected(false, false);
        Await.untilTrue("our media to send and receive again", () -> media.plans().getLast().direction() == MediaDirection.SENDRECV);
        call.call.hangUp();
        assertThat(call.ended().reason().kind()).isEqualTo(EndReason.Kind.HUNG_UP);
    }

    @Test
    void aPeerPuttingUsOnHoldShowsAsHeldByThem() throws Exception {
        CallRecorder call = new CallRecorder(telephony().dial(sip(bob.uri())));
        call.await(CallState.Connected.class);
        SignallingOnlyMedia.Session media = MEDIA.sessions().getLast();

        bob.command("hold");

        call.awaitConnected(false, true);
        Await.untilTrue("our media to receive only", () -> media.plans().getLast().direction() == MediaDirection.RECVONLY);

        bob.command("resume");

        call.awaitConnected(false, false);
        Await.untilTrue("our media to send and receive again", () -> media.plans().getLast().direction() == MediaDirection.SENDRECV);
    }

    @Test
    void dtmfDigitsReachThePeer() throws Exception {
        CallRecorder call = new CallRecorder(telephony().dial(sip(bob.uri())));
        call.await(CallState.Connected.class);

        for (char digit : "5#".toCharArray()) {
            call.call.sendDtmf(digit);
        }

        Await.untilTrue("baresip to receive DTMF 5 and #", () -> bob.log().contains("received event: '5' (end=1)")
                && bob.log().contains("received event: '#' (end=1)"));
    }
}
