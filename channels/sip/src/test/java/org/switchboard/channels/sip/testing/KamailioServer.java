package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.switchboard.channels.sip.SipAccount;
import org.switchboard.channels.sip.SipTransport;

/**
 * A private Kamailio for one test class: registrar and proxy for {@link #DOMAIN} on 127.0.0.1 with
 * UDP and TCP on one free port and, when asked with {@link #withTls()}, TLS (a self-signed
 * certificate made with openssl) on another; digest authentication for the users given here or
 * added with {@link #addUser}. Register it as a static {@code @RegisterExtension} field; it starts
 * before the class and stops after it. It is ready once it answers OPTIONS on every transport, and
 * a test that fails is told what state the server was in (its processes, sockets and last log lines).
 * <p>TLS is off unless asked for: Kamailio 5.6 shares OpenSSL 3's error state between its workers
 * (kamailio/kamailio#3695, #3791), and a class that needs no TLS should not carry that risk.
 */
public final class KamailioServer implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {
    public static final String DOMAIN = "example.test";
    public static final String PASSWORD = "secret";
    private static final Duration START_DEADLINE = Duration.ofSeconds(15);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_LINES_SHOWN = 30;
    private final Map<String, String> users = new LinkedHashMap<>();
    private @Nullable Path dir;
    private @Nullable Process process;
    private int port;
    private int tlsPort;
    private boolean tls;

    /** A server knowing {@code names}, each with the password {@link #PASSWORD}. */
    public KamailioServer(String... names) {
        for (String name : names) {
            users.put(name, PASSWORD);
        }
    }

    /** Also listens for TLS, with a self-signed certificate for {@link #DOMAIN} (see {@link #certificate()}). */
    public KamailioServer withTls() {
        if (dir != null) {
            throw new IllegalStateException("withTls() is for before the first start");
        }
        tls = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    /** Starts the server: on free ports the first time, on the same ports and certificate again after {@link #stop()}. */
    public void start() throws Exception {
        if (process != null && process.isAlive()) {
            return;
        }
        Tools.require("kamailio", "a real Kamailio SIP server");
        Tools.require("kamcmd", "Kamailio's control tool");
        Tools.require("openssl", "openssl for the test certificate");
        if (dir == null) {
            Path fresh = Files.createTempDirectory("switchboard-kamailio-");
            dir = fresh;
            Files.createDirectories(fresh.resolve("run"));
            port = Tools.freePort();
            if (tls) {
                tlsPort = Tools.freePort();
                makeCertificate(fresh.resolve("certs"));
            }
        }
        Path root = dir();
        writeConfig(root);
        Tools.run(root, List.of("kamailio", "-c", "-f", root.resolve("kamailio.cfg").toString()));
        Process started = ProcessGroup.start(new ProcessBuilder("kamailio", "-f", root.resolve("kamailio.cfg").toString(), "-DD",
                "-E", "-m", "64", "-M", "8", "-Y", root.resolve("run").toString(), "-P", root.resolve("kamailio.pid").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("kamailio.log").toFile())));
        process = started;
        SSLContext client = tls ? clientTls() : null;
        Await.untilTrue("Kamailio to answer OPTIONS on " + port + (tls ? " and " + tlsPort : "") + " (log: "
                + root.resolve("kamailio.log") + ")", START_DEADLINE, () -> {
                    if (!started.isAlive()) {
                        throw new IllegalStateException("kamailio exited with " + started.exitValue() + ": " + log());
                    }
                    return OptionsProbe.answersUdp(port, DOMAIN) && OptionsProbe.answersStream(port, DOMAIN, null)
                            && (client == null || OptionsProbe.answersStream(tlsPort, DOMAIN, client));
                });
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        if (dir != null && context.getExecutionException().isEmpty() && !Boolean.getBoolean("switchboard.keepKamailio")) {
            Tools.deleteTree(dir);
        }
    }

    /** Stops the server (every registration and connection is lost); {@link #start()} brings it back on the same ports. */
    public void stop() throws InterruptedException {
        Process p = process;
        process = null;
        if (p != null) {
            ProcessGroup.stop(p, STOP_GRACE);
            if (Tools.accepts(port)) {
                throw new IllegalStateException("Kamailio stopped, yet something still accepts on 127.0.0.1:" + port + ":\n"
                        + sockets());
            }
        }
    }

    /** Tells a failing test what state the server was in: its processes, its sockets and the end of its log. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (dir != null) {
            String state = state();
            System.err.println("[KamailioServer] " + context.getDisplayName() + " failed; " + state);
            failure.addSuppressed(new AssertionError(state));
        }
        throw failure;
    }

    private String state() {
        Process p = process;
        String processes = p == null ? "  (stopped by the test)\n" : ProcessGroup.describe(p);
        List<String> lines = log().lines().toList();
        return "Kamailio on 127.0.0.1:" + port + (tls ? " (TLS " + tlsPort + ")" : "") + "\nprocesses:\n" + processes
                + "sockets:\n" + sockets() + "last log lines:\n  "
                + String.join("\n  ", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }

    /** The sockets on the server's ports, with their processes, as {@code ss} shows them. */
    private String sockets() {
        try {
            String ports = tls ? "( sport = :" + port + " or sport = :" + tlsPort + " )" : "( sport = :" + port + " )";
            String out = Tools.run(dir(), List.of("ss", "-tuanpH", ports));
            return out.isBlank() ? "  (none)\n" : out.indent(2);
        } catch (IOException | RuntimeException e) {
            return "  (ss failed: " + e.getMessage() + ")\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "  (interrupted)\n";
        }
    }

    /** Adds a user (or changes its password) while the server runs. */
    public void addUser(String name, String password) throws IOException, InterruptedException {
        users.put(name, password);
        Tools.run(dir(), List.of("kamcmd", "-s", "unix:" + dir().resolve("run/kamailio_ctl"), "htable.sets", "users", name,
                password));
    }

    /** The contacts registered for {@code user} now (from Kamailio's location table). */
    public List<String> contacts(String user) throws IOException, InterruptedException {
        String dump = Tools.run(dir(), List.of("kamcmd", "-s", "unix:" + dir().resolve("run/kamailio_ctl"), "ul.lookup",
                "location", user + "@" + DOMAIN));
        Matcher m = Pattern.compile("Address: (\\S+)").matcher(dump);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** How many {@code method} requests from {@code user} Kamailio received (each is logged once). */
    public long requests(String method, String user) {
        String marker = "REQUEST " + method + " ";
        String from = " from " + user + " ";
        return log().lines().filter(l -> l.contains(marker) && l.contains(from)).count();
    }

    /** An account of {@code user} that registers here over {@code transport} (TLS on its own port). */
    public SipAccount account(String user, SipTransport transport) {
        String password = Objects.requireNonNull(users.get(user), "no user " + user);
        return SipAccount.of("sip:" + user + "@" + DOMAIN, password::toCharArray)
                .withServer("127.0.0.1", transport == SipTransport.TLS ? tlsPort : port).withTransport(transport)
                .withLocalAddress(Tools.LOOPBACK, 0);
    }

    public int port() {
        return port;
    }

    public int tlsPort() {
        requireTls();
        return tlsPort;
    }

    private void requireTls() {
        if (!tls) {
            throw new IllegalStateException("this Kamailio listens for TLS only when made withTls()");
        }
    }

    public Path dir() {
        return Objects.requireNonNull(dir, "server not started");
    }

    public String log() {
        return Tools.read(dir().resolve("kamailio.log"));
    }

    public X509Certificate certificate() throws Exception {
        requireTls();
        try (InputStream in = Files.newInputStream(dir().resolve("certs").resolve(DOMAIN + ".crt"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** The certificate's fingerprint as accounts pin it ({@code SHA256:AB:…}). */
    public String fingerprint() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
        return "SHA256:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private void writeConfig(Path root) throws IOException {
        StringBuilder init = new StringBuilder();
        users.forEach((name, password) -> init.append("\t$sht(users=>").append(name).append(") = \"").append(password)
                .append("\";\n"));
        String base = "/org/switchboard/channels/sip/testing/";
        String tlsListen = tls ? "enable_tls=yes\nlisten=tls:127.0.0.1:" + tlsPort : "enable_tls=no";
        String tlsModule = tls ? "loadmodule \"tls.so\"\nmodparam(\"tls\", \"config\", \"" + root.resolve("tls.cfg") + "\")" : "";
        Files.writeString(root.resolve("kamailio.cfg"), Tools.resource(base + "kamailio.cfg.template")
                .replace("@DOMAIN@", DOMAIN).replace("@TLS_LISTEN@", tlsListen).replace("@TLS_MODULE@", tlsModule)
                .replace("@PORT@", Integer.toString(port)).replace("@DIR@", root.toString()).replace("@USERS@", init));
        Files.writeString(root.resolve("tls.cfg"), Tools.resource(base + "tls.cfg.template")
                .replace("@DIR@", root.toString()).replace("@DOMAIN@", DOMAIN));
    }

    /** A client context that trusts this server's certificate, for the readiness probe. */
    private SSLContext clientTls() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(DOMAIN, certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void makeCertificate(Path certs) throws Exception {
        Files.createDirectories(certs);
        Tools.run(certs, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj",
                "/CN=" + DOMAIN, "-addext", "subjectAltName=DNS:" + DOMAIN + ",DNS:*." + DOMAIN + ",DNS:localhost,IP:127.0.0.1",
                "-keyout", DOMAIN + ".key", "-out", DOMAIN + ".crt"));
    }
}
