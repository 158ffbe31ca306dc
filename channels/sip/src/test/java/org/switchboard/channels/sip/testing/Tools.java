package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** What the SIP test servers share: required programs, free ports, processes, files. */
final class Tools {
    static final String PACKAGES = "kamailio kamailio-tls-modules baresip-core sip-tester sox dnsmasq-base";
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private Tools() {}

    /** Fails with the Debian packages to install when {@code program} is missing. */
    static void require(String program, String purpose) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        for (String entry : path.split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, program))) {
                return;
            }
        }
        throw new IllegalStateException("The SIP tests need " + purpose + ", and '" + program + "' is not installed. Run: "
                + "apt-get install --no-install-recommends " + PACKAGES + " (scripts/install-test-deps does it)");
    }

    /** A port free for both UDP and TCP on the loopback address. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK)) {
                port = tcp.getLocalPort();
            }
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port for both UDP and TCP");
    }

    /** The first of {@code count} consecutive ports, all free for UDP and TCP, in 20000–59999. */
    static int freeRange(int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + ThreadLocalRandom.current().nextInt(2_000) * 20;
            boolean free = true;
            for (int p = base; p < base + count && free; p++) {
                free = isFree(p);
            }
            if (free) {
                return base;
            }
        }
        throw new IOException("no " + count + " free consecutive ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket tcp = new ServerSocket(port, 1, LOOPBACK);
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code command} in {@code dir} to completion; fails with its output when it fails. */
    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(Tools.class.getResourceAsStream(name), "no resource " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
