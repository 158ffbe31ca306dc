package org.switchboard.media.jitsi;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jitsi.service.neomedia.MediaStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops and closes a libjitsi stream without letting it hang the caller.
 *
 * <p>When a stream is closed just after the first packet of a new source arrived, FMJ's player for
 * that source may still be configuring: its parser waits, without a timeout, for a first frame that
 * no longer comes (and asks again when interrupted once), the player waits for its parser, and
 * closing waits for the player. So after a grace period, every FMJ configure thread that waits in
 * the parser or for its parser at two looks {@value #LOOK_MS} ms apart is interrupted, round after
 * round, until the stream is closed. A live call's parser gets a frame every 20 ms, so only stuck
 * ones wait that long.
 */
final class StreamCloser {
    private static final Logger LOG = LoggerFactory.getLogger(StreamCloser.class);
    private static final Duration GRACE = Duration.ofMillis(1000);
    private static final long LOOK_MS = 200;
    private static final int ROUNDS = 10;
    private static final Set<String> STUCK_FRAMES = Set.of(
            "net.sf.fmj.media.parser.RawPushBufferParser$FrameTrack.parse", "net.sf.fmj.media.BasicPlayer.doConfigure");

    private StreamCloser() {}

    static void close(MediaStream stream, String name) {
        Thread closer = Thread.ofPlatform().daemon().name("switchboard-stream-close").start(() -> {
            try {
                stream.stop();
            } finally {
                stream.close();
            }
        });
        if (joined(closer, GRACE)) {
            return;
        }
        int interrupted = 0;
        for (int round = 0; round < ROUNDS && closer.isAlive(); round++) {
            interrupted += interruptStuckThreads();
        }
        if (!closer.isAlive()) {
            LOG.info("Closed {} after {} interruption(s) of stuck FMJ configure threads", name, interrupted);
        } else {
            LOG.warn("libjitsi did not close {}; a background thread goes on trying (at {})", name,
                    Arrays.stream(closer.getStackTrace()).limit(6).toList());
        }
    }

    private static int interruptStuckThreads() {
        Set<Thread> stuck = waitingThreads();
        try {
            Thread.sleep(LOOK_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        stuck.retainAll(waitingThreads());
        stuck.forEach(Thread::interrupt);
        return stuck.size();
    }

    private static Set<Thread> waitingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> entry.getKey().getState() == Thread.State.WAITING && Arrays.stream(entry.getValue())
                        .anyMatch(frame -> STUCK_FRAMES.contains(frame.getClassName() + "." + frame.getMethodName())))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static boolean joined(Thread thread, Duration patience) {
        try {
            return thread.join(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !thread.isAlive();
        }
    }
}
