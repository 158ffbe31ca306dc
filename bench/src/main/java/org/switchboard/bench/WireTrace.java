package org.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/**
 * Per-call instants for lining the bench up with a packet capture ({@code -Dswitchboard.bench.wireTrace=FILE}):
 * one line per call with the Call-ID, the wall-clock microsecond "dial" began (the capture's clock) and
 * the nanoseconds after it that dial() returned, Ringing, Connected and the first RTP were seen.
 * {@code scripts/lib/sip-wire-split.py} reads it beside the capture.
 */
final class WireTrace {
    private static final String FILE = System.getProperty("switchboard.bench.wireTrace", "");
    private static final long WALL_MICROS;
    private static final long NANO_BASE;

    static {
        Instant now = Instant.now();
        NANO_BASE = System.nanoTime();
        WALL_MICROS = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    private WireTrace() {}

    static void call(String callId, long startNanos, long... after) {
        if (FILE.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(callId).append(' ')
                .append(WALL_MICROS + (startNanos - NANO_BASE) / 1_000);
        for (long nanos : after) {
            line.append(' ').append(String.format(Locale.ROOT, "%.3f", nanos / 1e6));
        }
        try {
            Files.writeString(Path.of(FILE), line.append('\n'), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the wire trace " + FILE, e);
        }
    }
}
