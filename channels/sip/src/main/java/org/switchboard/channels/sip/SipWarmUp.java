package org.switchboard.channels.sip;

import gov.nist.javax.sip.parser.StringMsgParser;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;

/**
 * A SIP account's calls run a few times a day, so their code would stay in the interpreter: JAIN-SIP
 * then needs 0.8–0.9 ms of CPU per response it reads, against 0.5 ms once compiled. So when the
 * stack starts, a background thread runs a call through the same code a few hundred times, in two
 * parts. First its messages, without a network: our INVITE with its offer and answered-ahead digest,
 * encoded as it would leave; the 100, 180 and 200 with an answer, parsed as they would arrive; the
 * answer accepted. Then {@link LoopbackCalls}: whole calls between two private stacks on the
 * loopback address, for JAIN-SIP's transaction and dialog layer and our way through it, which only
 * real transactions run. Both stop as soon as the account has a call; failures are only logged.
 */
final class SipWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SipWarmUp.class);
    static final int ROUNDS = 300;
    /** Loopback calls after the messages: about 2 s on two cores (4 CPU-s, most of it the JIT compiling). */
    static final int CALLS = 300;
    /** What the warm-up's calls offer (as our media engine does). */
    static final List<AudioFormat> OURS = List.of(
            new AudioFormat("opus", 48000, 2, 111, Map.of("useinbandfec", "1")), new AudioFormat("PCMU", 8000, 1, 0, Map.of()),
            new AudioFormat("PCMA", 8000, 1, 8, Map.of()), new AudioFormat("telephone-event", 8000, 1, 101, Map.of("0-16", "")));
    /** What the warm-up's callee answers with (as baresip in the benchmark). */
    static final List<AudioFormat> THEIRS = List.of(new AudioFormat("PCMU", 8000, 1, 0, Map.of()),
            new AudioFormat("telephone-event", 8000, 1, 101, Map.of("0-16", "")));

    private SipWarmUp() {}

    /** Compiled code serves every account of the process: the first stack to start warms up, once. */
    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();
    /** Off the start-up path: the window and the first connects have the cores first. */
    static final java.time.Duration DELAY = java.time.Duration.ofSeconds(2);

    /**
     * Starts the warm-up of {@code endpoint}'s stack on a daemon thread of its own (not a virtual
     * thread's carrier), {@link #DELAY} after the stack started; once per process.
     */
    static void start(SipEndpoint endpoint, BooleanSupplier callsLive) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread.ofPlatform().daemon().name("sip-warm-up").start(() -> {
            try {
                Thread.sleep(DELAY);
            } catch (InterruptedException e) {
                return;
            }
            long begin = System.nanoTime();
            try {
                for (int round = 0; round < ROUNDS && !callsLive.getAsBoolean(); round++) {
                    call(endpoint, round);
                }
                LOG.debug("SIP warm-up: {} calls' messages in {} ms", ROUNDS, (System.nanoTime() - begin) / 1_000_000);
            } catch (Exception | LinkageError e) {
                LOG.debug("SIP warm-up stopped: {}", e.toString());
            }
            loopbackCalls(CALLS, callsLive);
        });
    }

    /**
     * Places up to {@code count} {@link LoopbackCalls}, stopping early once {@code callsLive} says the
     * user has a call (the cores are then theirs); how many were completed.
     */
    static int loopbackCalls(int count, BooleanSupplier callsLive) {
        if (callsLive.getAsBoolean()) {
            return 0;
        }
        long begin = System.nanoTime();
        int done = 0;
        try (LoopbackCalls calls = LoopbackCalls.open()) {
            while (done < count && !callsLive.getAsBoolean()) {
                calls.call();
                done++;
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("SIP warm-up of the transaction layer stopped: {}", e.toString());
        }
        LOG.debug("SIP warm-up: {} loopback calls in {} ms (with the stacks' start and stop)", done,
                (System.nanoTime() - begin) / 1_000_000);
        return done;
    }

    /** One call's messages; the agreement our side reaches on the parsed 200 (the tests' proof that all of it ran). */
    static OfferAnswer.Agreement call(SipEndpoint endpoint, int round) throws Exception {
        JainSip sip = endpoint.sip;
        InetSocketAddress rtp = new InetSocketAddress(endpoint.localAddress, 40000);
        LocalMedia ours = new LocalMedia(rtp, OURS, List.of(), false);
        LocalMedia theirs = new LocalMedia(new InetSocketAddress(endpoint.localAddress, 40100), THEIRS, List.of(), false);
        Sdp offer = OfferAnswer.offer(new Sdp.Origin("switchboard", "1", 1, rtp.getAddress().getHostAddress()), ours,
                MediaDirection.SENDRECV);
        Address to = sip.addresses.createAddress("sip:warm-up@" + sip.host());
        CallIdHeader callId = sip.headers.createCallIdHeader("warm-up-" + round + "@switchboard");
        Request invite = endpoint.request(Request.INVITE, to.getURI(), to, callId, 1, SipEndpoint.tag());
        invite.setContent(SdpCodec.write(offer), sip.headers.createContentTypeHeader("application", "sdp"));
        Digest digest = Digest.of("warm-up", "0123456789abcdef", "MD5", "auth", null);
        char[] password = "warm-up".toCharArray();
        digest.answer("warm-up", password, Request.INVITE, invite.getRequestURI().toString(), Digest.newClientNonce(), round + 1);
        Request sent = (Request) parse(encode(invite));
        Sdp answer = OfferAnswer.answer(offer, new Sdp.Origin("peer", "2", 1, rtp.getAddress().getHostAddress()), theirs,
                MediaDirection.SENDRECV).answer();
        OfferAnswer.Agreement agreed = null;
        for (int status : new int[] {Response.TRYING, Response.RINGING, Response.OK}) {
            Response response = sip.messages.createResponse(status, sent);
            if (status != Response.TRYING) {
                ((ToHeader) response.getHeader(ToHeader.NAME)).setTag("peer" + round);
                response.addHeader(sip.headers.createRecordRouteHeader(sip.addresses.createAddress("<sip:" + sip.host() + ";lr>")));
                response.addHeader(endpoint.contact());
            }
            if (status == Response.OK && answer != null) {
                response.setContent(SdpCodec.write(answer), sip.headers.createContentTypeHeader("application", "sdp"));
            }
            Message received = parse(encode(response));
            if (status == Response.OK) {
                agreed = OfferAnswer.accept(offer, CallLeg.sdp(received).orElseThrow(), ours, MediaDirection.SENDRECV);
            }
        }
        return java.util.Objects.requireNonNull(agreed);
    }

    private static byte[] encode(Message message) {
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Message parse(byte[] datagram) throws java.text.ParseException {
        return new StringMsgParser().parseSIPMessage(datagram, true, false, null);
    }
}
