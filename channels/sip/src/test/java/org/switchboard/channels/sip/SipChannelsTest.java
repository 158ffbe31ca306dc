package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.channels.api.ReachabilityProbe;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/**
 * Two of our channels through Kamailio (carol on TCP), plus a baresip to forward to: declining,
 * Do-Not-Disturb, forwarding, a caller who gives up, SIP MESSAGE both ways, hold between our own.
 */
class SipChannelsTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "carol", "bob");

    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();
    private static SipChannel alice;
    private static SipChannel carol;
    private static BaresipPeer bob;
    private final List<Call> ringingAtCarol = new CopyOnWriteArrayList<>();
    private final List<MessageEvent> carolsMessages = new CopyOnWriteArrayList<>();
    private final List<MessageEvent> alicesMessages = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        SipChannelFactory factory = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system());
        alice = factory.create(KAMAILIO.account("alice", SipTransport.UDP).withDisplayName("Alice Example"));
        carol = factory.create(KAMAILIO.account("carol", SipTransport.TCP));
        alice.connect().get(10, TimeUnit.SECONDS);
        carol.connect().get(10, TimeUnit.SECONDS);
        bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).start();
    }

    @AfterAll
    static void stop() throws Exception {
        alice.close();
        carol.close();
        bob.close();
        MEDIA.close();
    }

    @BeforeEach
    void listen() {
        subscriptions.add(telephony(carol).onIncomingCall(ringingAtCarol::add));
        subscriptions.add(carol.capability(MessageEvents.class).orElseThrow().onMessageEvent(carolsMessages::add));
        subscriptions.add(alice.capability(MessageEvents.class).orElseThrow().onMessageEvent(alicesMessages::add));
    }

    @AfterEach
    void reset() throws Exception {
        for (AutoCloseable s : subscriptions) {
            s.close();
        }
        ringingAtCarol.forEach(Call::hangUp);
        carol.capability(CallHandling.class).orElseThrow().apply(CallHandling.Rules.NONE);
        bob.command("hangup");
    }

    private static Telephony telephony(SipChannel channel) {
        return channel.capability(Telephony.class).orElseThrow();
    }

    private static Endpoint sip(String address) {
        return Addresses.parse(EndpointKind.SIP, address);
    }

    private static final Endpoint CAROL = sip("sip:carol@" + KamailioServer.DOMAIN);

    private Call ringing() {
        return Await.until("a call ringing at carol", () -> ringingAtCarol.stream().findFirst());
    }

    @Test
    void declinedCallsEndAsDeclinedForTheCallerAndAsRejectedForUs() {
        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));
        Call incoming = ringing();
        assertThat(incoming.remote()).isEqualTo(sip("sip:alice@example.test"));
        assertThat(incoming.remoteDisplayName()).contains("Alice Example");
        caller.await(CallState.Ringing.class);
        CallRecorder callee = new CallRecorder(incoming);

        incoming.reject();

        assertThat(caller.ended().reason().kind()).isEqualTo(EndReason.Kind.DECLINED);
        assertThat(caller.ended().reason().code()).isEqualTo("603");
        assertThat(callee.ended().reason().kind()).isEqualTo(EndReason.Kind.REJECTED_BY_US);
    }

    @Test
    void aCallerWhoGivesUpLeavesAMissedCall() {
        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));
        CallRecorder callee = new CallRecorder(ringing());
        caller.await(CallState.Ringing.class);

        caller.call.hangUp();

        assertThat(caller.ended().reason().kind()).isEqualTo(EndReason.Kind.CANCELLED);
        assertThat(callee.ended().reason().kind()).isEqualTo(EndReason.Kind.MISSED);
    }

    @Test
    void doNotDisturbRefusesWithoutRinging() {
        carol.capability(CallHandling.class).orElseThrow().apply(new CallHandling.Rules(true, Optional.empty(), Optional.empty(),
                Optional.empty(), Duration.ofSeconds(20)));

        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));

        assertThat(caller.ended().reason().kind()).isEqualTo(EndReason.Kind.BUSY);
        assertThat(ringingAtCarol).isEmpty();
    }

    @Test
    void forwardingAlwaysSendsTheCallerOnToTheTarget() {
        carol.capability(CallHandling.class).orElseThrow().apply(new CallHandling.Rules(false, Optional.of(bob.uri()),
                Optional.empty(), Optional.empty(), Duration.ofSeconds(20)));
        long established = bob.count("CALL_ESTABLISHED");

        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));

        caller.await(CallState.Connected.class);
        bob.awaitEvent("CALL_ESTABLISHED", (int) established, Await.DEADLINE);
        assertThat(ringingAtCarol).isEmpty();
        caller.call.hangUp();
    }

    @Test
    void forwardingOnNoAnswerRingsFirstThenForwards() {
        carol.capability(CallHandling.class).orElseThrow().apply(new CallHandling.Rules(false, Optional.empty(), Optional.empty(),
                Optional.of(bob.uri()), Duration.ofMillis(700)));

        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));
        CallRecorder callee = new CallRecorder(ringing());

        caller.await(CallState.Connected.class);
        CallState.Ended missed = callee.ended();
        assertThat(missed.reason().kind()).isEqualTo(EndReason.Kind.MISSED);
        assertThat(missed.reason().code()).isEqualTo("302");
        assertThat(missed.reason().words()).contains("Forwarded to " + bob.uri());
        caller.call.hangUp();
    }

    @Test
    void aSecondCallWhileBusyIsForwardedWhenBusyOrRefused() throws Exception {
        CallRecorder first = new CallRecorder(telephony(alice).dial(CAROL));
        Call atCarol = ringing();
        atCarol.answer();
        first.await(CallState.Connected.class);
        long before = bob.count("CALL_CLOSED");

        bob.dial(CAROL.address());

        assertThat(bob.awaitEvent("CALL_CLOSED", (int) before, Await.DEADLINE).get("param").toString()).contains("486");
        carol.capability(CallHandling.class).orElseThrow().apply(new CallHandling.Rules(false, Optional.empty(),
                Optional.of(bob.uri()), Optional.empty(), Duration.ofSeconds(20)));
        long established = bob.count("CALL_ESTABLISHED");

        CallRecorder second = new CallRecorder(telephony(alice).dial(CAROL));

        second.await(CallState.Connected.class);
        bob.awaitEvent("CALL_ESTABLISHED", (int) established, Await.DEADLINE);
        second.call.hangUp();
        first.call.hangUp();
    }

    @Test
    void messagesGoBothWays() throws Exception {
        Messaging fromAlice = alice.capability(Messaging.class).orElseThrow();
        Messaging fromCarol = carol.capability(Messaging.class).orElseThrow();

        Messaging.SendReceipt receipt = fromAlice.send(CAROL, "Hello Carol, ünïcode ✓", "m-1").get(10, TimeUnit.SECONDS);

        assertThat(receipt).isEqualTo(new Messaging.SendReceipt("m-1", false));
        Await.untilTrue("carol's device reported as having it (200, not 202)", () -> alicesMessages.contains(
                new MessageEvent.Delivered(CAROL, "m-1")));
        MessageEvent.Received received = Await.until("carol's message", () -> carolsMessages.stream()
                .filter(MessageEvent.Received.class::isInstance).map(MessageEvent.Received.class::cast).findFirst());
        assertThat(received.peer()).isEqualTo(sip("sip:alice@example.test"));
        assertThat(received.body()).isEqualTo("Hello Carol, ünïcode ✓");
        assertThat(received.truncated()).isFalse();

        fromCarol.send(sip("sip:alice@example.test"), "Hi Alice").get(10, TimeUnit.SECONDS);

        Await.untilTrue("alice's message", () -> alicesMessages.stream().anyMatch(
                e -> e instanceof MessageEvent.Received r && r.body().equals("Hi Alice") && r.peer().equals(CAROL)));
    }

    @Test
    void aMessageToNobodyFailsWithTheServersCode() {
        Messaging fromAlice = alice.capability(Messaging.class).orElseThrow();

        assertThatThrownBy(() -> fromAlice.send(sip("sip:nobody@example.test"), "anyone?").get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(ChannelException.RemoteError.class, e -> assertThat(e.code()).isEqualTo("404"));
    }

    @Test
    void aProbeFindsOurOwnPeerReachableForCallsAndChat() throws Exception {
        List<EndpointStatus> published = new CopyOnWriteArrayList<>();
        subscriptions.add(alice.capability(PresenceSource.class).orElseThrow().onPresence(published::add));

        EndpointStatus status = alice.capability(ReachabilityProbe.class).orElseThrow().probe(CAROL).get(10, TimeUnit.SECONDS);

        assertThat(status.presence()).isEqualTo(Presence.AVAILABLE);
        assertThat(status.capabilitiesKnown()).isTrue();
        assertThat(status.capabilities()).containsExactlyInAnyOrder(Capability.VOICE_CALL, Capability.TEXT_CHAT);
        Await.untilTrue("the probe's status published", () -> published.contains(status));
    }

    @Test
    void aProbeOfAnotherClientReadsItsAllowHeader() throws Exception {
        EndpointStatus status = alice.capability(ReachabilityProbe.class).orElseThrow()
                .probe(sip("sip:bob@" + KamailioServer.DOMAIN)).get(10, TimeUnit.SECONDS);

        assertThat(status.presence()).isEqualTo(Presence.AVAILABLE);
        assertThat(status.capabilitiesKnown()).isTrue();
        // baresip allows MESSAGE and INVITE
        assertThat(status.capabilities()).contains(Capability.VOICE_CALL, Capability.TEXT_CHAT);
    }

    @Test
    void aProbeOfSomeoneNotSignedInSaysOffline() throws Exception {
        EndpointStatus status = alice.capability(ReachabilityProbe.class).orElseThrow()
                .probe(sip("sip:nobody@" + KamailioServer.DOMAIN)).get(10, TimeUnit.SECONDS);

        assertThat(status.presence()).isEqualTo(Presence.OFFLINE);
        assertThat(status.statusText()).isEqualTo("not signed in");
    }

    @Test
    void holdBetweenOurChannelsShowsOnBothSides() throws Exception {
        CallRecorder caller = new CallRecorder(telephony(alice).dial(CAROL));
        Call incoming = ringing();
        CallRecorder callee = new CallRecorder(incoming);
        incoming.answer();
        caller.await(CallState.Connected.class);

        caller.call.hold(true).get(10, TimeUnit.SECONDS);

        caller.awaitConnected(true, false);
        callee.awaitConnected(false, true);

        caller.call.hold(false).get(10, TimeUnit.SECONDS);

        callee.awaitConnected(false, false);
        incoming.hangUp();
        assertThat(caller.ended().reason().kind()).isEqualTo(EndReason.Kind.REMOTE_HUNG_UP);
    }
}
