package org.switchboard.bench;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.MediaSession;
import org.switchboard.media.jitsi.JitsiMediaEngine;
import org.switchboard.media.testing.Await;
import org.switchboard.media.testing.PulseAudioServer;
import org.switchboard.media.testing.RtpProbe;

/**
 * The audio engine's figures on a private PulseAudio with null devices: engine warm-up, first RTP
 * after a session's start, CPU of an active Opus call (a loopback pair of sessions with a tone in
 * the microphone, process CPU time over {@value #CALL_SECONDS} s minus the idle engine's, from the
 * call's start and again a minute into it), packet loss, and the audio path latency (see
 * {@link AudioPathLatency}). Asserts nothing.
 * {@code -Dswitchboard.bench.threads=true} adds the call's CPU per thread;
 * {@code -Dswitchboard.bench.speech=true} puts speech in the microphone instead of the tone;
 * {@code -Dswitchboard.bench.callSettleSeconds=N} starts the first measurement N s into the call.
 *
 * <p>Needs PULSE_SERVER=unix:DIR/native in the environment (scripts/bench media sets it).
 */
public final class CallMediaBench {
    private static final int CALL_SECONDS = 20;
    /** Where the second measurement of the call starts: most of its per-packet paths are compiled by then. */
    private static final int STEADY_FROM_SECONDS = 60;
    private static final int FIRST_RTP_RUNS = 10;
    private static final int SETTLE_SECONDS = Integer.getInteger("switchboard.bench.callSettleSeconds", 0);

    private CallMediaBench() {}

    public static void main(String[] args) throws Exception {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        PulseAudioServer pulse = PulseAudioServer.shared();
        Path home = Files.createTempDirectory("switchboard-media-bench");
        try (MediaEngine engine = JitsiMediaEngine.create(home, Runnable::run)) {
            long begin = System.nanoTime();
            engine.warmUp().get(60, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "media: engine warm-up (libjitsi start, devices, muted Opus call) %.0f ms [%s]%n",
                    (System.nanoTime() - begin) / 1e6, XmppBench.load());
            firstRtp(engine);
            activeCall(engine, pulse);
            AudioPathLatency.run(engine, pulse);
        }
        System.exit(0); // libjitsi's threads would keep the JVM alive
    }

    private static void firstRtp(MediaEngine engine) throws Exception {
        long[] nanos = new long[FIRST_RTP_RUNS];
        for (int run = 0; run < FIRST_RTP_RUNS; run++) {
            try (RtpProbe probe = RtpProbe.open(); MediaSession session = engine.newSession(InetAddress.getLoopbackAddress())) {
                long start = System.nanoTime();
                session.start(plan(session, "PCMU", probe.rtpAddress(), probe.rtcpAddress(), MediaDirection.SENDRECV));
                Await.untilTrue("the first RTP packet", Duration.ofSeconds(10), () -> !probe.packets().isEmpty());
                nanos[run] = System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "media: first RTP packet after start() (PCMU, after warm-up): %s%n",
                new Percentiles(nanos).summary());
    }

    /**
     * The first call of this process, measured over its first {@value #CALL_SECONDS} s (from
     * {@code callSettleSeconds}, 0 by default) and again from {@value #STEADY_FROM_SECONDS} s into it:
     * the JIT compiles libjitsi's, FMJ's and our per-packet paths during a process's first call (they run
     * 50 times a second per stream, so C2's thresholds are reached over the call's first minute), so the
     * first window has most of the compiler's work in it, the second shows what the call costs later (the JIT
     * may still compile some of it, its share of the span is printed).
     */
    private static void activeCall(MediaEngine engine, PulseAudioServer pulse) throws Exception {
        double idle = cpuPercent(Duration.ofSeconds(5));
        System.out.printf(Locale.ROOT, "media: idle engine %.1f %% of one core%n", idle);
        int steadyFrom = Math.max(STEADY_FROM_SECONDS, SETTLE_SECONDS + CALL_SECONDS);
        try (var feed = microphoneFeed(pulse, steadyFrom + CALL_SECONDS + 20);
             MediaSession alice = engine.newSession(InetAddress.getLoopbackAddress());
             MediaSession bob = engine.newSession(InetAddress.getLoopbackAddress())) {
            alice.start(plan(alice, "opus", bob.localRtp(), rtcp(bob), MediaDirection.SENDRECV));
            bob.start(plan(bob, "opus", alice.localRtp(), rtcp(alice), MediaDirection.SENDRECV));
            long started = System.nanoTime();
            Await.untilTrue("Opus both ways", Duration.ofSeconds(10),
                    () -> alice.quality().packetsReceived() > 0 && bob.quality().packetsReceived() > 0);
            measure(idle, started, SETTLE_SECONDS, "from the call's start, the JIT compiling its per-packet paths");
            print("alice", alice.quality());
            print("bob", bob.quality());
            measure(idle, started, steadyFrom, "later in the call, most of its per-packet paths compiled");
            print("alice", alice.quality());
            print("bob", bob.quality());
        }
    }

    /** Process CPU over {@value #CALL_SECONDS} s from {@code fromSeconds} after {@code started}, minus the idle engine's. */
    private static void measure(double idle, long started, int fromSeconds, String which) throws InterruptedException {
        long wait = started + TimeUnit.SECONDS.toNanos(fromSeconds) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        ThreadCpu perThread = ThreadCpu.start();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double busy = cpuPercent(Duration.ofSeconds(CALL_SECONDS));
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        if (Boolean.getBoolean("switchboard.bench.threads")) {
            perThread.print("media:     thread");
        }
        System.out.printf(Locale.ROOT, "media: CPU of a loopback Opus call (both ends in this process) %d-%d s into the "
                + "first call of the process (%s): %.1f %% of one core; per call end %.1f %% (target <= 5 %%); JIT compiling "
                + "%.1f %% of the span [%s]%n", fromSeconds, fromSeconds + CALL_SECONDS, which, busy - idle, (busy - idle) / 2,
                100.0 * jitMillis / (CALL_SECONDS * 1000.0), XmppBench.load());
    }

    /** The 1 kHz tone, or with {@code -Dswitchboard.bench.speech=true} speech ({@link SpeechSamples}) when installed. */
    private static PulseAudioServer.Playback microphoneFeed(PulseAudioServer pulse, int seconds) throws java.io.IOException {
        if (Boolean.getBoolean("switchboard.bench.speech")) {
            Optional<Path> speech = SpeechSamples.loopedWav(Files.createTempDirectory("switchboard-speech"), seconds);
            if (speech.isPresent()) {
                System.out.println("media: speech in the microphone (alsa-utils' test sounds, looped)");
                return pulse.playIntoMicrophone(speech.get());
            }
            System.out.println("media: no speech samples installed; a 1 kHz tone in the microphone");
        }
        return pulse.feedTone(1000, seconds);
    }

    private static void print(String who, CallQuality q) {
        System.out.printf(Locale.ROOT, "media:   %s: sent %d, received %d, loss %.2f %% (target 0), jitter %.2f ms, "
                + "round trip %.1f ms, MOS %.2f%n", who, q.packetsSent(), q.packetsReceived(), q.lossPercent(), q.jitterMs(),
                q.roundTripMs(), q.mos());
    }

    /** Process CPU time over {@code span} as a percentage of one core. */
    static double cpuPercent(Duration span) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Thread.sleep(span);
        return 100.0 * (os.getProcessCpuTime() - cpu) / (System.nanoTime() - wall);
    }

    static MediaPlan plan(MediaSession session, String codec, InetSocketAddress rtp, InetSocketAddress rtcp,
                          MediaDirection direction) {
        AudioFormat format = session.formats().stream().filter(f -> f.encoding().equalsIgnoreCase(codec)).findFirst().orElseThrow();
        Optional<AudioFormat> events = session.formats().stream().filter(AudioFormat::isTelephoneEvent).findFirst();
        return new MediaPlan(rtp, rtcp, format, events, direction, Optional.empty(), Optional.empty());
    }

    static InetSocketAddress rtcp(MediaSession session) {
        return new InetSocketAddress(session.localRtp().getAddress(), session.localRtp().getPort() + 1);
    }
}
