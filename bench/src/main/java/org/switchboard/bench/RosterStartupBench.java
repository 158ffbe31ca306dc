package org.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.switchboard.app.secrets.OsSecretStore;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * Process start (the real launcher) to alice connected with her 2,000-contact roster fetched and
 * linked into the address book, the list republished and laid out, own presence sent (the app's
 * {@code SWITCHBOARD_ROSTER_READY} line, {@code -Dswitchboard.startupProbe.roster=true}); median
 * over N runs after 2 warm-up runs (the first of which creates the 2,000 persons), and the RSS
 * 15 s after start (median of RSS_RUNS=3 runs). Needs a display and an unlocked Secret Service (scripts/bench xmpp sets both up).
 * Targets: median ≤ 1.0 s, RSS ≤ 150 MB.
 */
final class RosterStartupBench {
    private RosterStartupBench() {}

    static void run(XmppServer server, String launcher, String build, int runs) throws Exception {
        Path profile = Files.createTempDirectory("switchboard-xmpp-startup");
        try {
            measure(server, launcher, build, runs, profile);
        } finally {
            TempDirs.delete(profile);
        }
    }

    private static void measure(XmppServer server, String launcher, String build, int runs, Path profile) throws Exception {
        Account alice = server.aliceAccount();
        try (var repository = SqlitePersonRepository.open(profile.resolve("switchboard.db"))) {
            repository.accounts().save(alice);
        }
        new OsSecretStore().store(alice.key(), org.switchboard.channels.xmpp.ProsodyServer.PASSWORD.toCharArray());
        // The first login of a new installation: the address book is empty (2,000 persons are created) and the
        // server has not seen this client's capabilities, so each contact's PEP service asks it disco#info.
        Resident first = resident(launcher, build, profile);
        System.out.printf(Locale.ROOT, "xmpp: first start, new installation (2,000 persons created from the roster, the server's "
                + "disco#info queries answered): roster ready %.0f ms; 15 s after start: CPU %.2f s, RSS %.1f MB, peak RSS %.1f MB [%s]%n",
                first.ready() / 1e6, first.cpuSeconds(), first.rssKb() / 1024.0, first.peakKb() / 1024.0, XmppBench.load());
        once(launcher, build, profile);
        long[] wall = new long[runs];
        String last = "";
        String threads = "";
        for (int i = 0; i < runs; i++) {
            Run r = once(launcher, build, profile);
            wall[i] = r.nanos();
            last = r.line();
            threads = r.threads();
        }
        Percentiles p = new Percentiles(wall);
        System.out.printf(Locale.ROOT, "xmpp: process start -> 2,000-contact roster fetched, linked, shown, own presence sent: median %.0f ms, min %.0f ms, max %.0f ms over %d runs (target median <= 1000 ms) [%s]%n",
                p.millis(50), p.millis(0.0001), p.millis(100), runs, XmppBench.load());
        System.out.println("xmpp: last app report: " + last);
        System.out.println("xmpp:   by thread at that moment: " + threads);
        for (String line : Files.readAllLines(TRACE)) {
            if (line.startsWith("SWITCHBOARD_TRACE")) {
                System.out.println("xmpp:   " + line);
            }
        }
        // one run's RSS varies by about ±2 MB (when collections happen, which direct pixel buffers are held): the median of several
        int rssRuns = Integer.parseInt(System.getenv().getOrDefault("RSS_RUNS", "3"));
        long[] rss = new long[rssRuns];
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < rssRuns; i++) {
            Resident later = resident(launcher, build, profile);
            rss[i] = later.rssKb();
            each.append(String.format(Locale.ROOT, "%s%.1f (peak %.1f, CPU %.2f s)", i == 0 ? "" : ", ",
                    later.rssKb() / 1024.0, later.peakKb() / 1024.0, later.cpuSeconds()));
        }
        java.util.Arrays.sort(rss);
        System.out.printf(Locale.ROOT, "xmpp: RSS 15 s after start, connected with 2,000 contacts: median %.1f MB over %d runs "
                + "(target <= 150 MB; each run MB: %s) [%s]%n", rss[rssRuns / 2] / 1024.0, rssRuns, each, XmppBench.load());
    }

    private record Run(long nanos, String line, String threads) {}

    /** The last run's stderr: its start-up milestones (-Dswitchboard.startupTrace) are printed with the figures. */
    private static final Path TRACE = Path.of(System.getProperty("java.io.tmpdir"), "switchboard-roster-startup-trace.txt");

    private static Run once(String launcher, String build, Path profile) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(launcher, build, profile, true);
        try {
            String line = await(process);
            long nanos = System.nanoTime() - start;
            String threads = ProcessThreadCpu.summary(ProcessThreadCpu.of(javaOf(process).pid()), 12);
            process.waitFor(30, TimeUnit.SECONDS);
            return new Run(nanos, line, threads);
        } finally {
            stop(process);
        }
    }

    /** One run kept alive 15 s: until the roster was ready, then resident and peak memory and CPU time at 15 s. */
    private record Resident(long ready, long rssKb, long peakKb, double cpuSeconds) {}

    private static Resident resident(String launcher, String build, Path profile) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = start(launcher, build, profile, false);
        try {
            await(process);
            long ready = System.nanoTime() - start;
            long remaining = TimeUnit.SECONDS.toNanos(15) - (System.nanoTime() - start);
            if (remaining > 0) {
                process.waitFor(remaining, TimeUnit.NANOSECONDS); // the app keeps running: this is the 15 s wait
            }
            ProcessHandle java = javaOf(process);
            long pid = java.pid();
            double cpu = java.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            if (NMT) {
                printOpenJars(pid);
                printNativeMemory(pid);
                printLargestMappings(pid);
                printThreads(pid);
                String dump = System.getenv("SWITCHBOARD_BENCH_HEAP_DUMP");
                if (dump != null) { // live objects only, for a heap analyser; before the histogram's collection
                    jcmd(pid, "GC.heap_dump " + dump, line -> true);
                }
                printLiveHeap(pid); // last: it runs a full collection
            }
            return new Resident(ready, rss, peak, cpu);
        } finally {
            stop(process);
        }
    }

    /**
     * {@code SWITCHBOARD_BENCH_NMT=1}: the RSS run also prints the JVM's native memory summary, the largest
     * mappings and the live heap by class (where the MB go), after RSS was read.
     */
    private static final boolean NMT = System.getenv("SWITCHBOARD_BENCH_NMT") != null;

    private static void printNativeMemory(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process nmt = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        for (String line : new String(nmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("committed=") && !line.contains("(mmap:") && !line.contains("(malloc=")) {
                System.out.println("xmpp:   NMT " + line.strip());
            }
        }
        nmt.waitFor(30, TimeUnit.SECONDS);
    }

    /** The heap before and after a full collection, and the classes holding most of what is live. */
    private static void printLiveHeap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.heap_info", line -> !line.isBlank());
        int[] rows = {0};
        jcmd(pid, "GC.class_histogram", line -> rows[0]++ < 28 || line.startsWith("Total"));
        jcmd(pid, "GC.heap_info", line -> !line.isBlank());
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                System.out.println("xmpp:   after that full collection " + line.replaceAll("\\s+", " "));
            }
        }
    }

    private static void jcmd(long pid, String command, java.util.function.Predicate<String> shown) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (shown.test(line)) {
                System.out.println("xmpp:   " + command + " " + line.strip());
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** The jars the JVM holds open: each keeps its central directory in the heap (the class path is opened in order, on demand). */
    private static void printOpenJars(long pid) throws IOException {
        java.util.Set<String> jars = new java.util.TreeSet<>();
        try (var fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.endsWith(".jar")) {
                        jars.add(target.substring(target.lastIndexOf('/') + 1));
                    }
                } catch (IOException closed) {
                    // closed while listed
                }
            }
        }
        System.out.println("xmpp:   open jars " + jars.size() + ": " + jars);
    }

    /** The process's threads by name (digits folded), whose stacks are part of the RSS. */
    private static void printThreads(long pid) throws IOException {
        java.util.Map<String, Integer> byName = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    byName.merge(Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#"), 1, Integer::sum);
                } catch (IOException gone) {
                    // the thread ended while listed
                }
            }
        }
        System.out.println("xmpp:   threads " + byName.values().stream().mapToInt(Integer::intValue).sum() + ": " + byName);
    }

    /** The mappings holding the most resident memory, summed by file (anonymous memory as one line). */
    private static void printLargestMappings(long pid) throws IOException {
        java.util.Map<String, Long> byName = new java.util.HashMap<>();
        String current = "[anon]";
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps"))) {
            if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
                String[] parts = line.trim().split("\\s+", 6);
                current = parts.length == 6 ? parts[5] : "[anon]";
            } else if (line.startsWith("Rss:")) {
                byName.merge(current, Long.parseLong(line.replaceAll("[^0-9]", "")), Long::sum);
            }
        }
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf(Locale.ROOT, "xmpp:   RSS %7d kB %s%n", e.getValue(), e.getKey()));
    }

    /** The launcher's JVM (the launcher script execs it or starts it as a child). */
    private static ProcessHandle javaOf(Process process) {
        return process.descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst().orElse(process.toHandle());
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Process start(String launcher, String build, Path profile, boolean exit) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(launcher, build, "--profile", profile.toString());
        pb.environment().put("SWITCHBOARD_JAVA_OPTS", (NMT && !exit ? "-XX:NativeMemoryTracking=summary " : "")
                + "-Dswitchboard.startupTrace=true"
                + " -Dswitchboard.startupProbe=true -Dswitchboard.startupProbe.roster=true -Dswitchboard.startupProbe.exit=" + exit
                + " " + System.getenv().getOrDefault("SWITCHBOARD_BENCH_JAVA_OPTS", ""));
        pb.redirectError(TRACE.toFile());
        return pb.start();
    }

    private static String await(Process process) throws IOException {
        java.util.concurrent.CompletableFuture.delayedExecutor(90, TimeUnit.SECONDS).execute(() -> stop(process)); // no hanging bench
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("SWITCHBOARD_ROSTER_READY")) {
                return line;
            }
        }
        throw new IllegalStateException("the app ended without SWITCHBOARD_ROSTER_READY (DISPLAY, Secret Service?) exit "
                + (process.isAlive() ? "still running" : process.exitValue()));
    }
}
