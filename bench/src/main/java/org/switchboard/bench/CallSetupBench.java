package org.switchboard.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.SipChannel;
import org.switchboard.channels.sip.SipChannelFactory;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.channels.sip.SipTrust;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.testing.SharedMediaEngine;

/**
 * Call set-up over loopback Kamailio to an auto-answering baresip, warm: our account registered,
 * the audio engine warmed up, JAIN-SIP loaded. Per call: "dial" to the 200 OK (the call's Connected
 * state, on the signalling thread) and "dial" to our first RTP packet sent (the session's sent-packets
 * counter, read every 0.1 ms by a sleeping poll). Targets: median ≤ 5 ms and ≤ 25 ms. Asserts nothing.
 *
 * <p>Needs PULSE_SERVER=unix:DIR/native (scripts/bench call sets it), kamailio and baresip.
 */
public final class CallSetupBench {
    private static final int WARM_UP = 3;
    /**
     * After the account registered, as in an app that has been up a moment: its background warm-ups are done
     * (the SIP warm-up starts 2 s after the stack and runs about 3 s on two busy cores, its loopback calls included).
     */
    private static final long SETTLE_MS = Long.getLong("switchboard.bench.settleMs", 8000);
    /** Between calls: the last call's audio closes in the background (libjitsi, PulseAudio) and a person does not dial within ms. */
    private static final long PAUSE_MS = Long.getLong("switchboard.bench.pauseMs", 300);
    /**
     * 0: baresip answers at once (the figures). Otherwise it answers this long after it rang, as a
     * person would, and the figure that counts is 200 OK → our first RTP ({@code -Dswitchboard.bench.answerAfterMs}).
     */
    private static final long ANSWER_AFTER_MS = Long.getLong("switchboard.bench.answerAfterMs", 0);
    /** What baresip answers with (its list, {@code -Dswitchboard.bench.peerCodecs}; we offer Opus, PCMU, PCMA). */
    private static final String PEER_CODECS = System.getProperty("switchboard.bench.peerCodecs", "PCMU");
    /** How often the sent-packets counter is read: a sleeping poll, since a spinning one would take one of the two cores. */
    private static final long POLL_NANOS = 100_000;

    private CallSetupBench() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        MediaEngine engine = SharedMediaEngine.get();
        KamailioServer kamailio = new KamailioServer("alice", "bob");
        kamailio.start();
        BaresipPeer.Builder peer = BaresipPeer.named("bob").registeringAt(kamailio, SipTransport.UDP).tone(440).codecs(PEER_CODECS);
        try (BaresipPeer bob = (ANSWER_AFTER_MS > 0 ? peer.manualAnswer() : peer).start();
             SipChannel alice = new SipChannelFactory(Runnable::run, engine, SipTrust.system())
                     .create(kamailio.account("alice", SipTransport.UDP))) {
            alice.connect().get(10, TimeUnit.SECONDS);
            Thread.sleep(SETTLE_MS);
            Telephony phone = alice.capability(Telephony.class).orElseThrow();
            Endpoint to = Addresses.parse(EndpointKind.SIP, bob.uri());
            for (int i = 0; i < WARM_UP; i++) {
                once(phone, to, bob, i);
            }
            long[] sessions = new long[calls];
            for (int i = 0; i < calls; i++) {
                long begin = System.nanoTime();
                try (var session = engine.newSession(java.net.InetAddress.getLoopbackAddress())) {
                    session.localCryptoOffers();
                    sessions[i] = System.nanoTime() - begin;
                }
            }
            System.out.printf(Locale.ROOT, "call:   a new media session with its SDES keys (part of building the offer): %s%n",
                    new Percentiles(sessions).summary());
            long[] answered = new long[calls];
            long[] firstRtp = new long[calls];
            long[] returned = new long[calls];
            long[] ringing = new long[calls];
            for (int i = 0; i < calls; i++) {
                long[] run = once(phone, to, bob, WARM_UP + i);
                answered[i] = run[0];
                firstRtp[i] = run[1];
                returned[i] = run[2];
                ringing[i] = run[3];
            }
            System.out.printf(Locale.ROOT, "call:   of which dial() returning (INVITE built and handed to the stack): %s%n",
                    new Percentiles(returned).summary());
            System.out.printf(Locale.ROOT, "call:   of which dial -> Ringing (180 from baresip): %s%n", new Percentiles(ringing).summary());
            System.out.printf(Locale.ROOT, "call: dial -> 200 OK (Connected) over loopback Kamailio to auto-answering baresip: %s"
                    + " (target p50 <= 5 ms) [%s]%n", new Percentiles(answered).summary(), XmppBench.load());
            System.out.printf(Locale.ROOT, "call: dial -> our first RTP packet sent: %s (target p50 <= 25 ms) [%s]%n",
                    new Percentiles(firstRtp).summary(), XmppBench.load());
            long[] afterAnswer = new long[calls];
            for (int i = 0; i < calls; i++) {
                afterAnswer[i] = firstRtp[i] - answered[i];
            }
            System.out.printf(Locale.ROOT, "call: 200 OK (Connected) -> our first RTP packet sent%s: %s [%s]%n",
                    ANSWER_AFTER_MS > 0 ? " (baresip answering " + ANSWER_AFTER_MS + " ms after it rang)" : "",
                    new Percentiles(afterAnswer).summary(), XmppBench.load());
        } finally {
            kamailio.stop();
        }
        System.exit(0); // libjitsi's threads would keep the JVM alive
    }

    /** One call: nanoseconds to Connected and to the first RTP packet sent; then hang up and wait until baresip saw it. */
    private static long[] once(Telephony phone, Endpoint to, BaresipPeer bob, int closedBefore) throws Exception {
        CompletableFuture<Long> connected = new CompletableFuture<>();
        CompletableFuture<Long> ringing = new CompletableFuture<>();
        long start = System.nanoTime();
        Call call = phone.dial(to);
        long returned = System.nanoTime() - start;
        call.onStateChange(state -> {
            if (state instanceof CallState.Ringing) {
                ringing.complete(System.nanoTime());
            } else if (state instanceof CallState.Connected) {
                connected.complete(System.nanoTime());
            } else if (state instanceof CallState.Ended ended) {
                connected.completeExceptionally(new IllegalStateException("the call ended: " + ended.reason().words()));
            }
        });
        if (call.state() instanceof CallState.Connected) {
            connected.complete(System.nanoTime());
        }
        if (ANSWER_AFTER_MS > 0) {
            bob.awaitEvent("CALL_INCOMING", closedBefore, Duration.ofSeconds(10));
            Thread.sleep(ANSWER_AFTER_MS);
            bob.accept();
        }
        long answeredAt = connected.get(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (call.quality().packetsSent() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        long rtpAt = System.nanoTime();
        call.hangUp();
        call.ended().get(10, TimeUnit.SECONDS);
        bob.awaitEvent("CALL_CLOSED", closedBefore, Duration.ofSeconds(10));
        Thread.sleep(PAUSE_MS);
        long rang = ringing.isDone() && !ringing.isCompletedExceptionally() ? ringing.get() - start : answeredAt - start;
        WireTrace.call(call.id(), start, returned, rang, answeredAt - start, rtpAt - start);
        return new long[] {answeredAt - start, rtpAt - start, returned, rang};
    }
}
