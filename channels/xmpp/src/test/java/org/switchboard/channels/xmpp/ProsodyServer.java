package org.switchboard.channels.xmpp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.switchboard.channels.api.support.CertificateFingerprint;

/**
 * A private Prosody for one test class: config, self-signed certificate for {@code example.test},
 * users and seeded rosters in a temporary directory, a free port, {@code prosody -F} started
 * before the class and stopped after it. Register as a static {@code @RegisterExtension} field;
 * seed rosters in its {@link #seed} hook, which runs before the server starts (users offline).
 */
public final class ProsodyServer implements BeforeAllCallback, AfterAllCallback {
    public static final String DOMAIN = "example.test";
    public static final String PASSWORD = "secret";
    private static final String INSTALL_HINT = "apt-get install prosody lua-unbound python3-slixmpp";
    private static final Duration START_DEADLINE = Duration.ofSeconds(15);
    private final List<String> users;
    private final RosterSeeder.Seeding seed;
    private @Nullable Path dir;
    private @Nullable Process process;
    private int port;
    private String sslOptions = "";

    static {
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
    }

    public ProsodyServer(List<String> users, RosterSeeder.Seeding seed) {
        this.users = List.copyOf(users);
        this.seed = seed;
    }

    /** A server whose TLS offers only these key exchange groups (OpenSSL's names, e.g. prime256v1). */
    public ProsodyServer withKeyExchangeGroups(String... groups) {
        sslOptions = "; curveslist = { " + String.join("; ", java.util.Arrays.stream(groups).map(g -> '"' + g + '"').toList()) + " }";
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireInstalled();
        dir = Files.createTempDirectory("switchboard-prosody-");
        port = freePort();
        Path config = writeConfig(dir);
        makeCertificate(dir.resolve("certs"));
        for (String user : users) {
            run(dir, "prosodyctl", "--config", config.toString(), "register", user, DOMAIN, PASSWORD);
        }
        seed.seed(new RosterSeeder(dir.resolve("data"), DOMAIN));
        start();
    }

    /** Starts the server again on the same port after {@link #stop()} (its data is kept). */
    public void start() throws Exception {
        process = new ProcessBuilder("prosody", "--config", dir().resolve("prosody.cfg.lua").toString(), "-F")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir().resolve("prosody.out").toFile()))
                .start();
        awaitPort();
    }

    /** SIGKILL: the server dies mid-stream, without closing streams or saving anything more. */
    void kill() throws Exception {
        Process p = Objects.requireNonNull(process, "server not started");
        p.destroyForcibly();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("prosody did not die on SIGKILL");
        }
    }

    /** Starts the server again on the same port with the same data (after {@link #kill}). */
    void restart() throws Exception {
        start();
    }

    /** Stops the server (every client's connection drops); {@link #start()} brings it back. */
    public void stop() throws Exception {
        Process p = process;
        process = null;
        if (p != null) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        boolean failed = context.getExecutionException().isPresent();
        if (dir != null && !failed && !Boolean.getBoolean("switchboard.keepProsody")) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return Objects.requireNonNull(dir, "server not started");
    }

    public X509Certificate certificate() throws Exception {
        try (InputStream in = Files.newInputStream(dir().resolve("certs").resolve(DOMAIN + ".crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** An account of {@code user} that connects to this server and pins its self-signed certificate. */
    public XmppAccount pinnedAccount(String user) throws Exception {
        return account(user).withPinnedFingerprint(CertificateFingerprint.of(certificate()));
    }

    /** An account of {@code user} that connects to this server and pins nothing. */
    public XmppAccount account(String user) {
        return XmppAccount.of(user + "@" + DOMAIN, PASSWORD::toCharArray).withServer("127.0.0.1", port);
    }

    private static void requireInstalled() {
        for (String tool : List.of("prosody", "prosodyctl", "openssl")) {
            if (!onPath(tool)) {
                throw new IllegalStateException("The XMPP tests need a real Prosody server, and '" + tool
                        + "' is not installed. Run: " + INSTALL_HINT + " (scripts/install-test-deps does it)");
            }
        }
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
            throw new IllegalStateException("The XMPP tests need /usr/bin/python3 with slixmpp. Run: " + INSTALL_HINT);
        }
    }

    private static boolean onPath(String tool) {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        for (String entry : path.split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }

    private Path writeConfig(Path root) throws IOException {
        String template;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/prosody/prosody.cfg.lua.template"))) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(root.resolve("data"));
        Path config = root.resolve("prosody.cfg.lua");
        Files.writeString(config, template.replace("@DIR@", root.toString()).replace("@DOMAIN@", DOMAIN)
                .replace("@C2S_PORT@", Integer.toString(port)).replace("@SSL_OPTIONS@", sslOptions));
        return config;
    }

    private static void makeCertificate(Path certs) throws Exception {
        Files.createDirectories(certs);
        run(certs, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=" + DOMAIN,
                "-addext", "subjectAltName=DNS:" + DOMAIN + ",DNS:*." + DOMAIN + ",DNS:localhost,IP:127.0.0.1",
                "-keyout", DOMAIN + ".key", "-out", DOMAIN + ".crt");
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command[0], command.length > 1 ? command[1] : "") + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitPort() throws Exception {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!Objects.requireNonNull(process).isAlive()) {
                throw new IllegalStateException("prosody exited with " + process.exitValue() + "; log: " + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Objects.requireNonNull(process).waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        throw new IllegalStateException("prosody did not open port " + port + " within " + START_DEADLINE + "; log: " + log());
    }

    public String log() throws IOException {
        Path log = dir().resolve("prosody.log");
        Path out = dir().resolve("prosody.out");
        return (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(log) ? Files.readString(log) : "");
    }
}
