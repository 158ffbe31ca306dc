package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
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
import org.switchboard.contacts.EndpointKind;

/** Calls with our channel on TCP and on TLS (the server's certificate pinned), both directions, baresip on UDP and TCP. */
class SipTransportsTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("tina", "tom", "bob", "bert", "sam", "tess").withTls();

    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();
    private static final List<SipChannel> CHANNELS = new CopyOnWriteArrayList<>();
    private static BaresipPeer bob;
    private static BaresipPeer bert;

    @BeforeAll
    static void start() throws Exception {
        bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).start();
        bert = BaresipPeer.named("bert").registeringAt(KAMAILIO, SipTransport.TCP).start();
    }

    @AfterAll
    static void stop() throws Exception {
        CHANNELS.forEach(SipChannel::close);
        bob.close();
        bert.close();
        MEDIA.close();
    }

    private static SipChannel connected(SipAccount account) throws Exception {
        SipChannel channel = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system()).create(account);
        CHANNELS.add(channel);
        channel.connect().get(10, TimeUnit.SECONDS);
        return channel;
    }

    private static void callAndHangUp(SipChannel from, BaresipPeer to) throws Exception {
        Telephony telephony = from.capability(Telephony.class).orElseThrow();
        long closed = to.count("CALL_CLOSED");
        long established = to.count("CALL_ESTABLISHED");
        CallRecorder call = new CallRecorder(telephony.dial(Addresses.parse(EndpointKind.SIP, to.uri())));
        call.await(CallState.Connected.class);
        to.awaitEvent("CALL_ESTABLISHED", (int) established, Await.DEADLINE);
        call.call.hangUp();
        assertThat(call.ended().reason().kind()).isEqualTo(EndReason.Kind.HUNG_UP);
        to.awaitEvent("CALL_CLOSED", (int) closed, Await.DEADLINE);
    }

    private static void takeACallFrom(SipChannel at, String user, BaresipPeer from) throws Exception {
        List<Call> incoming = new CopyOnWriteArrayList<>();
        try (AutoCloseable s = at.capability(Telephony.class).orElseThrow().onIncomingCall(incoming::add)) {
            long established = from.count("CALL_ESTABLISHED");
            from.dial("sip:" + user + "@" + KamailioServer.DOMAIN);
            Call call = Await.until("the call from " + from.user(), () -> incoming.stream().findFirst());
            CallRecorder recorder = new CallRecorder(call);
            call.answer();
            recorder.await(CallState.Connected.class);
            from.awaitEvent("CALL_ESTABLISHED", (int) established, Await.DEADLINE);
            from.hangUp();
            assertThat(recorder.ended().reason().kind()).isEqualTo(EndReason.Kind.REMOTE_HUNG_UP);
        }
    }

    @Test
    void tcpCallsBothWays() throws Exception {
        SipChannel tom = connected(KAMAILIO.account("tom", SipTransport.TCP));

        callAndHangUp(tom, bob);
        callAndHangUp(tom, bert);
        takeACallFrom(tom, "tom", bob);
    }

    @Test
    void srtpOverTlsAgreesOnKeysWithAPeerThatInsistsOnThem() throws Exception {
        SipChannel tess = connected(KAMAILIO.account("tess", SipTransport.TLS).withPinnedFingerprint(KAMAILIO.fingerprint())
                .withRequireSrtp(true));
        try (BaresipPeer sam = BaresipPeer.named("sam").registeringAt(KAMAILIO, SipTransport.UDP).srtp().start()) {
            CallRecorder call = new CallRecorder(tess.capability(Telephony.class).orElseThrow()
                    .dial(Addresses.parse(EndpointKind.SIP, sam.uri())));

            call.await(CallState.Connected.class);
            Await.untilTrue("the media to start (on its own executor)", () -> !MEDIA.sessions().getLast().plans().isEmpty());
            org.switchboard.media.MediaPlan plan = MEDIA.sessions().getLast().plans().getLast();
            assertThat(plan.remoteCrypto()).hasValueSatisfying(k -> assertThat(k.suite()).startsWith("AES_CM_128_HMAC_SHA1_"));
            assertThat(plan.localCrypto()).map(org.switchboard.media.SdesCrypto::tag).isEqualTo(plan.remoteCrypto()
                    .map(org.switchboard.media.SdesCrypto::tag));
            sam.awaitEvent("CALL_ESTABLISHED");
            call.call.hangUp();
            sam.awaitEvent("CALL_CLOSED");
        }
    }

    @Test
    void tlsCallsBothWaysOverTheRegistrationsConnection() throws Exception {
        SipChannel tina = connected(KAMAILIO.account("tina", SipTransport.TLS).withPinnedFingerprint(KAMAILIO.fingerprint()));

        callAndHangUp(tina, bob);
        takeACallFrom(tina, "tina", bert);
    }
}
