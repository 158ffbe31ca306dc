package org.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.switchboard.contacts.testing.SamplePersons;

/**
 * Process start to an interactive window showing 2,000 persons (the app prints
 * {@code SWITCHBOARD_READY} once the list is laid out), median of N runs, and the resident set
 * 15 s after start. Needs a display (scripts/bench starts Xvfb). Targets: ≤ 0.5 s median, ≤ 150 MB.
 *
 * <p>Usage: {@code StartupBench LAUNCHER BUILD_DIR [runs]}, where LAUNCHER is
 * {@code app/src/main/launcher/switchboard-launch} and BUILD_DIR holds switchboard-app.jar.
 */
public final class StartupBench {
    private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

    private StartupBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: StartupBench LAUNCHER BUILD_DIR [runs]");
            System.exit(2);
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path profile = Files.createTempDirectory("switchboard-startup-bench");
        try (var repository = SqlitePersonRepository.open(profile.resolve("switchboard.db"))) {
            repository.saveAll(SamplePersons.generate(2_000, 42));
        }
        measure(args[0], args[1], profile, 2, false); // warm the page cache, not reported
        long[] wall = new long[runs];
        List<String> inApp = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Result r = measure(args[0], args[1], profile, 1, false);
            wall[i] = r.wallNanos();
            inApp.add(r.readyLine());
        }
        Percentiles p = new Percentiles(wall);
        System.out.printf(Locale.ROOT, "startup: process start -> window with 2,000 persons: median %.0f ms, min %.0f ms, max %.0f ms over %d runs (target median <= 500 ms)%n",
                p.millis(50), p.millis(0.0001), p.millis(100), runs);
        System.out.println("startup: last app report: " + inApp.getLast());
        printTrace();
        long rss = rssAfter(args[0], args[1], profile, Duration.ofSeconds(15));
        System.out.printf(Locale.ROOT, "startup: RSS 15 s after start with 2,000 persons: %.1f MB (target <= 150 MB)%n", rss / 1024.0);
    }

    private record Result(long wallNanos, String readyLine) {}

    private static Result measure(String launcher, String build, Path profile, int times, boolean keep) throws IOException, InterruptedException {
        Result last = null;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Process process = start(launcher, build, profile, true);
            String ready = awaitReady(process);
            long wall = System.nanoTime() - start;
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
            last = new Result(wall, ready);
        }
        return last;
    }

    /** The last run's stderr: its start-up milestones, printed with the figures. */
    static final Path TRACE = Path.of(System.getProperty("java.io.tmpdir"), "switchboard-startup-trace.txt");

    /** Prints the milestones of the last run ({@code -Dswitchboard.startupTrace}). */
    static void printTrace() throws IOException {
        for (String line : Files.readAllLines(TRACE)) {
            if (line.startsWith("SWITCHBOARD_TRACE")) {
                System.out.println("startup:   " + line);
            }
        }
    }

    private static long rssAfter(String launcher, String build, Path profile, Duration after) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(launcher, build, profile, false);
        try {
            awaitReady(process);
            long remaining = after.toNanos() - (System.nanoTime() - start);
            if (remaining > 0) {
                process.waitFor(remaining, TimeUnit.NANOSECONDS); // the app keeps running; this is the 15 s wait
            }
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(javaPid(process)), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return rss;
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The java process itself (the launcher script execs it, so it is usually the same pid). */
    private static long javaPid(Process process) {
        return process.descendants().filter(h -> h.info().command().orElse("").endsWith("java"))
                .findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    private static Process start(String launcher, String build, Path profile, boolean exitWhenReady) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(launcher, build, "--profile", profile.toString());
        pb.environment().put("SWITCHBOARD_JAVA_OPTS",
                "-Dswitchboard.startupTrace=true -Dswitchboard.startupProbe=true -Dswitchboard.startupProbe.exit=" + exitWhenReady
                        + " " + System.getenv().getOrDefault("SWITCHBOARD_BENCH_JAVA_OPTS", ""));
        pb.redirectError(TRACE.toFile());
        return pb.start();
    }

    private static String awaitReady(Process process) throws IOException {
        long deadline = System.nanoTime() + READY_DEADLINE.toNanos();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("SWITCHBOARD_READY")) {
                return line;
            }
        }
        throw new IllegalStateException("the app did not print SWITCHBOARD_READY (is DISPLAY set? exit " + (process.isAlive() ? "still running" : process.exitValue()) + ")");
    }
}
