package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;

/** Direct mode: no registrar, calls and messages straight to {@code sip:user@host:port}. */
class SipDirectTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final SignallingOnlyMedia media = new SignallingOnlyMedia();
    private final List<AutoCloseable> closing = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        media.close();
    }

    private SipChannel direct(String user, SipTransport transport) throws Exception {
        SipChannel channel = new SipChannelFactory(Runnable::run, media, SipTrust.system())
                .create(SipAccount.direct("sip:" + user + "@127.0.0.1", LOOPBACK, 0).withTransport(transport));
        closing.add(channel);
        channel.connect().get(10, TimeUnit.SECONDS);
        assertThat(channel.state()).isEqualTo(new ChannelState.Connected());
        return channel;
    }

    private static Endpoint at(String user, SipChannel channel) {
        return Addresses.parse(EndpointKind.SIP, "sip:" + user + "@" + channel.listening().orElseThrow());
    }

    @Test
    void callsABaresipThatOnlyListensAndTakesItsCall() throws Exception {
        BaresipPeer bob = BaresipPeer.named("bob").start();
        closing.add(bob);
        SipChannel alice = direct("alice", SipTransport.UDP);

        CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow()
                .dial(Addresses.parse(EndpointKind.SIP, bob.uri())));

        call.await(CallState.Connected.class);
        bob.awaitEvent("CALL_ESTABLISHED");
        bob.hangUp();
        assertThat(call.ended().reason().kind()).isEqualTo(EndReason.Kind.REMOTE_HUNG_UP);

        List<Call> incoming = new CopyOnWriteArrayList<>();
        alice.capability(Telephony.class).orElseThrow().onIncomingCall(incoming::add);
        bob.dial(at("alice", alice).address());
        Call theirs = Await.until("bob's call", () -> incoming.stream().findFirst());
        assertThat(theirs.remote().address()).startsWith("sip:bob@127.0.0.1");
        theirs.answer();
        bob.awaitEvent("CALL_ESTABLISHED", 1, Await.DEADLINE);
        theirs.hangUp();
        bob.awaitEvent("CALL_CLOSED", 1, Await.DEADLINE);
    }

    @Test
    void callsOverTcpWithoutAServer() throws Exception {
        BaresipPeer bob = BaresipPeer.named("bob").start();
        closing.add(bob);
        SipChannel alice = direct("alice", SipTransport.TCP);

        CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow()
                .dial(Addresses.parse(EndpointKind.SIP, bob.uri())));

        call.await(CallState.Connected.class);
        call.call.hangUp();
        bob.awaitEvent("CALL_CLOSED");
    }

    @Test
    void twoDirectChannelsMessageAndCallEachOther() throws Exception {
        SipChannel alice = direct("alice", SipTransport.UDP);
        SipChannel carol = direct("carol", SipTransport.UDP);
        List<MessageEvent> messages = new CopyOnWriteArrayList<>();
        carol.capability(MessageEvents.class).orElseThrow().onMessageEvent(messages::add);
        List<Call> incoming = new CopyOnWriteArrayList<>();
        carol.capability(Telephony.class).orElseThrow().onIncomingCall(incoming::add);

        alice.capability(Messaging.class).orElseThrow().send(at("carol", carol), "peer to peer").get(10, TimeUnit.SECONDS);
        Await.untilTrue("carol's message", () -> messages.stream().anyMatch(m -> m instanceof MessageEvent.Received r
                && r.body().equals("peer to peer")));

        CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow().dial(at("carol", carol)));
        Await.until("the call at carol", () -> incoming.stream().findFirst()).answer();
        call.await(CallState.Connected.class);
        call.call.hangUp();
        assertThat(call.ended().reason().kind()).isEqualTo(EndReason.Kind.HUNG_UP);
    }

    @Test
    void aPhoneNumberCannotBeDialledWithoutAProvider() throws Exception {
        SipChannel alice = direct("alice", SipTransport.UDP);

        CallRecorder call = new CallRecorder(alice.capability(Telephony.class).orElseThrow()
                .dial(Addresses.parse(EndpointKind.PHONE, "+4930123456")));

        EndReason reason = call.ended().reason();
        assertThat(reason.kind()).isEqualTo(EndReason.Kind.FAILED);
        assertThat(reason.words()).contains("phone number needs an account at a SIP provider");
    }
}
