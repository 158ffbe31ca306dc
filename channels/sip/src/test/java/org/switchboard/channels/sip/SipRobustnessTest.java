package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.channels.sip.testing.Sipp;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;

/**
 * Bad input from the network, sent by SIPp and by hand: every request that can be answered gets an
 * error response (400, 415, 488), nothing rings, and the channel stays usable, also after a flood
 * of INVITEs.
 */
class SipRobustnessTest {
    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();
    private static final List<Call> RANG = new CopyOnWriteArrayList<>();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static SipChannel alice;
    private static InetSocketAddress target;

    @BeforeAll
    static void start() throws Exception {
        alice = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system())
                .create(SipAccount.direct("sip:alice@127.0.0.1", InetAddress.getLoopbackAddress(), 0));
        alice.capability(Telephony.class).orElseThrow().onIncomingCall(call -> {
            RANG.add(call);
            if (call.remote().address().startsWith("sip:answer-me@")) {
                call.answer();
            } else {
                call.reject();
                REJECTED.incrementAndGet();
            }
        });
        alice.connect().get(10, TimeUnit.SECONDS);
        String[] hostPort = alice.listening().orElseThrow().split(":");
        target = new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1]));
    }

    @AfterAll
    static void stop() {
        alice.close();
        MEDIA.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed-sdp", "unknown-codecs", "garbage-body", "unsupported-body", "bad-content-length",
        "missing-from", "malformed-header"})
    void badRequestsGetAnErrorAndNeverRing(String scenario) throws Exception {
        int rangBefore = RANG.size();

        Sipp.Result result = Sipp.run(scenario, target);
        if (Boolean.getBoolean("sipp.print")) {
            System.err.println(result);
        }

        assertThat(result.passed()).as("%s", result).isTrue();
        assertThat(RANG).hasSize(rangBefore);
        assertThat(Sipp.run("options", target).passed()).as("the channel still answers").isTrue();
    }

    @Test
    void aFloodOfInvitesIsAnsweredCallByCallAndTheChannelStaysUsable() throws Exception {
        Sipp.Result flood = Sipp.run("invite-flood", target, 200, 100);

        assertThat(flood.passed()).as("%s", flood).isTrue();
        assertThat(REJECTED.get()).as("the calls that rang were rejected by the test").isPositive();
        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
        assertThat(Sipp.run("options", target).passed()).isTrue();
        Await.untilTrue("every call to have ended", () -> RANG.stream().allMatch(c -> c.state() instanceof
                org.switchboard.channels.api.CallState.Ended));
    }

    @Test
    void anInviteWithoutOfferGetsOursInThe200AndTheAnswerFromTheAck() throws Exception {
        Sipp.Result result = Sipp.run("late-offer", target);

        assertThat(result.passed()).as("%s", result).isTrue();
        Call call = RANG.stream().filter(c -> c.remote().address().startsWith("sip:answer-me@")).findFirst().orElseThrow();
        org.switchboard.channels.api.CallState.Ended ended = call.ended().get(10, TimeUnit.SECONDS);
        assertThat(ended.reason().kind()).isEqualTo(org.switchboard.channels.api.EndReason.Kind.REMOTE_HUNG_UP);
        assertThat(ended.talked()).isPositive();
        SignallingOnlyMedia.Session media = MEDIA.sessions().stream().filter(m -> !m.plans().isEmpty()
                && m.plans().getFirst().codec().encoding().equals("PCMA")).findFirst().orElseThrow();
        assertThat(media.plans().getFirst().remoteRtp().getPort()).isPositive();
    }

    @Test
    void anAnswerWithNoCodecWeOfferedIsAcknowledgedThenHungUpWithAReason() throws Exception {
        try (Sipp.Running callee = Sipp.serve("answer-unknown-codecs")) {
            Call call = alice.capability(Telephony.class).orElseThrow()
                    .dial(Addresses.parse(EndpointKind.SIP, "sip:bob@127.0.0.1:" + callee.port()));

            org.switchboard.channels.api.CallState.Ended ended = call.ended().get(10, TimeUnit.SECONDS);
            assertThat(ended.reason().kind()).isEqualTo(org.switchboard.channels.api.EndReason.Kind.FAILED);
            assertThat(ended.reason().words()).contains("audio description could not be used");
            Sipp.Result result = callee.await();
            assertThat(result.passed()).as("the callee got our ACK, then our BYE: %s", result).isTrue();
        }
        assertThat(Sipp.run("options", target).passed()).as("the channel still answers").isTrue();
    }

    @Test
    void requestsWithoutCallIdOrCSeqAreRefusedAndWithoutViaDropped() throws Exception {
        String noCallId = request("INVITE", List.of("Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-raw1", "From: <sip:raw@127.0.0.1>;tag=1",
                "To: <sip:alice@127.0.0.1>", "CSeq: 1 INVITE"));
        assertThat(exchange(noCallId)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 400 Missing Call-ID header"));

        String noCSeq = request("INVITE", List.of("Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-raw4", "From: <sip:raw@127.0.0.1>;tag=1",
                "To: <sip:alice@127.0.0.1>", "Call-ID: raw4"));
        assertThat(exchange(noCSeq)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 400 Missing CSeq header")
                .contains("Call-ID: raw4"));

        String noVia = request("MESSAGE", List.of("From: <sip:raw@127.0.0.1>;tag=1", "To: <sip:alice@127.0.0.1>", "Call-ID: raw2",
                "CSeq: 1 MESSAGE"));
        assertThat(exchange(noVia)).isEmpty();

        assertThat(exchange("\u0000\u0001 binary junk \r\n\r\n")).isEmpty();
        assertThat(exchange("HELLO WORLD\r\n\r\n")).isEmpty();
        assertThat(Sipp.run("options", target).passed()).isTrue();
    }

    @Test
    void aMessageWithAnUnknownBodyTypeIsRefusedWith415() throws Exception {
        List<MessageEvents.MessageEvent> events = new CopyOnWriteArrayList<>();
        alice.capability(MessageEvents.class).orElseThrow().onMessageEvent(events::add);
        String message = request("MESSAGE", List.of("Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-raw3", "From: <sip:raw@127.0.0.1>;tag=1",
                "To: <sip:alice@127.0.0.1>", "Call-ID: raw3", "CSeq: 1 MESSAGE", "Max-Forwards: 70", "Content-Type: image/png",
                "Content-Length: 4"), "\u0089PNG");

        assertThat(exchange(message)).hasValueSatisfying(r -> assertThat(r).startsWith("SIP/2.0 415"));
        assertThat(events).isEmpty();
    }

    private static String request(String method, List<String> headers) {
        return request(method, headers, "");
    }

    private static String request(String method, List<String> headers, String body) {
        StringBuilder out = new StringBuilder(method + " sip:alice@" + target.getHostString() + ":" + target.getPort() + " SIP/2.0\r\n");
        headers.forEach(h -> out.append(h).append("\r\n"));
        if (headers.stream().noneMatch(h -> h.startsWith("Content-Length"))) {
            out.append("Content-Length: 0\r\n");
        }
        return out.append("\r\n").append(body).toString();
    }

    /** Sends {@code text} from a fresh socket and returns the first datagram answered within a second. */
    private static Optional<String> exchange(String text) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            byte[] data = text.formatted(socket.getLocalPort()).getBytes(StandardCharsets.ISO_8859_1);
            socket.send(new DatagramPacket(data, data.length, target));
            socket.setSoTimeout(1000);
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            try {
                socket.receive(answer);
                return Optional.of(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException silence) {
                return Optional.empty();
            }
        }
    }
}
