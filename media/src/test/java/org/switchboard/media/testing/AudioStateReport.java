package org.switchboard.media.testing;

import java.util.Arrays;
import java.util.Map;

/**
 * What the audio stack is doing right now, for a test that gave up waiting ({@link Await}): the
 * PulseAudio test daemon's devices, streams and log, and where every thread of libjitsi, FMJ and our
 * media code stands. Taken at the moment of the timeout, while the test's sessions still run, so that
 * a failure seen only on another machine can still be explained.
 */
final class AudioStateReport {
    private static final int FRAMES = 14;

    private AudioStateReport() {}

    static String now() {
        return PulseAudioServer.running().map(PulseAudioServer::describe).orElse("(no PulseAudio test daemon)\n")
                + mediaThreads();
    }

    /** The stacks of the threads that run media: libjitsi's, FMJ's and ours. */
    private static String mediaThreads() {
        StringBuilder text = new StringBuilder("-- media threads\n");
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = entry.getValue();
            boolean media = Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("org.jitsi")
                    || frame.getClassName().startsWith("net.sf.fmj") || frame.getClassName().startsWith("org.switchboard.media.jitsi"));
            if (!media) {
                continue;
            }
            Thread thread = entry.getKey();
            text.append('"').append(thread.getName()).append("\" ").append(thread.getState())
                    .append(thread.isInterrupted() ? " (interrupted)" : "").append('\n');
            Arrays.stream(stack).limit(FRAMES).forEach(frame -> text.append("    at ").append(frame).append('\n'));
        }
        return text.toString();
    }
}
