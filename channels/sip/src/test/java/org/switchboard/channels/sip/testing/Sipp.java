package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs SIPp scenarios (kept beside this class as {@code sipp/NAME.xml}) over UDP, against a SIP port as
 * a user agent client or on a port of its own as a server, and reports its exit status (0 when every call followed the scenario), its
 * output and the messages it exchanged.
 */
public final class Sipp {
    private static final String BASE = "/org/switchboard/channels/sip/testing/sipp/";

    private Sipp() {}

    /**
     * @param exitCode 0 when all calls succeeded, 1 when some failed, 97/99 when SIPp itself failed
     * @param messages every message sent and received ({@code -trace_msg})
     */
    public record Result(int exitCode, String output, String messages, String errors) {
        public boolean passed() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "SIPp exit " + exitCode + "\n" + output + "\n--- errors ---\n" + errors + "\n--- messages ---\n"
                    + (messages.length() > 20_000 ? messages.substring(0, 20_000) + "…" : messages);
        }
    }

    /** Runs scenario {@code name} once against {@code target}. */
    public static Result run(String name, InetSocketAddress target) throws Exception {
        return run(name, target, 1, 0);
    }

    /** Runs {@code calls} calls of scenario {@code name}, {@code rate} new calls a second (0: SIPp's default of 10). */
    public static Result run(String name, InetSocketAddress target, int calls, int rate) throws Exception {
        List<String> options = new ArrayList<>(List.of("-m", Integer.toString(calls)));
        if (rate > 0) {
            options.addAll(List.of("-r", Integer.toString(rate), "-l", Integer.toString(calls)));
        }
        options.add(target.getAddress().getHostAddress() + ":" + target.getPort());
        try (Running running = start(name, options)) {
            return running.await();
        }
    }

    /**
     * Starts scenario {@code name} as a user agent server for one call on a free UDP port of 127.0.0.1
     * ({@link Running#port}; the scenario begins by receiving); {@link Running#await} gives its result
     * once the call is over.
     */
    public static Running serve(String name) throws Exception {
        Running running = start(name, List.of("-m", "1"));
        if (running.ended != null) {
            running.close();
            throw new IOException("SIPp ended before it listened on UDP port " + running.port + ":\n" + lastScreen(running.ended));
        }
        return running;
    }

    /**
     * Starts SIPp on a free UDP port and waits until it listens there or has ended. A port another process took
     * between the choice and SIPp's bind is given up for the next free one.
     */
    private static Running start(String name, List<String> options) throws Exception {
        Tools.require("sipp", "SIPp (package sip-tester)");
        for (int attempt = 1; ; attempt++) {
            Running running = launch(name, Tools.freePort(), options);
            Await.untilTrue("SIPp listening on UDP port " + running.port,
                    () -> isListening(running.port) || !running.process.isAlive());
            if (!running.process.isAlive()) {
                running.ended = new String(running.process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (running.ended.contains("Unable to bind main socket") && attempt < 5) {
                    running.close();
                    continue;
                }
            }
            return running;
        }
    }

    /** Whether a socket is bound to UDP {@code port} of 127.0.0.1, read from the kernel's table without binding a probe. */
    private static boolean isListening(int port) {
        String local = String.format(" 0100007F:%04X ", port);
        try {
            return Files.readString(Path.of("/proc/net/udp")).contains(local);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc/net/udp to see whether SIPp listens", e);
        }
    }

    private static Running launch(String name, int port, List<String> options) throws IOException {
        Path dir = Files.createTempDirectory("switchboard-sipp-");
        Path scenario = dir.resolve(name + ".xml");
        Files.writeString(scenario, Tools.resource(BASE + name + ".xml"));
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenario.toString(), "-i", "127.0.0.1", "-timeout", "30s",
                "-timeout_error", "-recv_timeout", "8000", "-nostdin", "-trace_msg", "-message_file",
                dir.resolve("messages.log").toString(), "-trace_err", "-error_file", dir.resolve("errors.log").toString(),
                "-max_recv_loops", "10000", "-p", Integer.toString(port)));
        command.addAll(options);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        return new Running(process, dir, port);
    }

    /** A SIPp run under way; closing it ends SIPp and removes its files. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final Path dir;
        private final int port;
        /** SIPp's whole output when it had ended by the time it was started; null while it runs. */
        private String ended;

        private Running(Process process, Path dir, int port) {
            this.process = process;
            this.dir = dir;
            this.port = port;
        }

        /** The UDP port a served scenario listens on. */
        public int port() {
            return port;
        }

        /** Waits (at most 60 s) for SIPp to finish its calls. */
        public Result await() throws Exception {
            String output = ended != null ? ended : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("SIPp did not finish within 60 s: " + output);
            }
            return new Result(process.exitValue(), lastScreen(output), Tools.read(dir.resolve("messages.log")),
                    Tools.read(dir.resolve("errors.log")));
        }

        @Override
        public void close() throws IOException {
            process.destroyForcibly();
            Tools.deleteTree(dir);
        }
    }

    private static String lastScreen(String output) {
        int at = output.lastIndexOf("Call-rate(");
        String tail = at < 0 ? output : output.substring(Math.max(0, at - 200));
        return tail.length() > 6000 ? tail.substring(tail.length() - 6000) : tail;
    }
}
