package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.switchboard.channels.sip.SipAccount;
import org.switchboard.channels.sip.SipTransport;

/**
 * A private Kamailio for one test class: registrar and proxy for {@link #DOMAIN} on 127.0.0.1 with
 * UDP and TCP on one free port and TLS (a self-signed certificate made with openssl) on another,
 * digest authentication for the users given here or added with {@link #addUser}. Register it as a
 * static {@code @RegisterExtension} field; it starts before the class and stops after it.
 */
public final class KamailioServer implements BeforeAllCallback, AfterAllCallback {
    public static final String DOMAIN = "example.test";
    public static final String PASSWORD = "secret";
    private static final Duration START_DEADLINE = Duration.ofSeconds(15);
    private final Map<String, String> users = new LinkedHashMap<>();
    private @Nullable Path dir;
    private @Nullable Process process;
    private int port;
    private int tlsPort;

    /** A server knowing {@code names}, each with the password {@link #PASSWORD}. */
    public KamailioServer(String... names) {
        for (String name : names) {
            users.put(name, PASSWORD);
        }
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
            tlsPort = Tools.freePort();
            makeCertificate(fresh.resolve("certs"));
        }
        Path root = dir();
        writeConfig(root);
        Tools.run(root, List.of("kamailio", "-c", "-f", root.resolve("kamailio.cfg").toString()));
        process = new ProcessBuilder("kamailio", "-f", root.resolve("kamailio.cfg").toString(), "-DD", "-E", "-m", "64", "-M", "8",
                "-Y", root.resolve("run").toString(), "-P", root.resolve("kamailio.pid").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("kamailio.log").toFile()))
                .start();
        Await.untilTrue("Kamailio to listen on " + port + " and " + tlsPort + " (log: " + root.resolve("kamailio.log") + ")",
                START_DEADLINE, () -> {
                    if (!Objects.requireNonNull(process).isAlive()) {
                        throw new IllegalStateException("kamailio exited with " + process.exitValue() + ": " + log());
                    }
                    return Tools.accepts(port) && Tools.accepts(tlsPort);
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
            Tools.stop(p, 10);
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
        return tlsPort;
    }

    public Path dir() {
        return Objects.requireNonNull(dir, "server not started");
    }

    public String log() {
        return Tools.read(dir().resolve("kamailio.log"));
    }

    public X509Certificate certificate() throws Exception {
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
        Files.writeString(root.resolve("kamailio.cfg"), Tools.resource(base + "kamailio.cfg.template")
                .replace("@DOMAIN@", DOMAIN).replace("@TLS_PORT@", Integer.toString(tlsPort))
                .replace("@PORT@", Integer.toString(port)).replace("@DIR@", root.toString()).replace("@USERS@", init));
        Files.writeString(root.resolve("tls.cfg"), Tools.resource(base + "tls.cfg.template")
                .replace("@DIR@", root.toString()).replace("@DOMAIN@", DOMAIN));
    }

    private static void makeCertificate(Path certs) throws Exception {
        Files.createDirectories(certs);
        Tools.run(certs, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj",
                "/CN=" + DOMAIN, "-addext", "subjectAltName=DNS:" + DOMAIN + ",DNS:*." + DOMAIN + ",DNS:localhost,IP:127.0.0.1",
                "-keyout", DOMAIN + ".key", "-out", DOMAIN + ".crt"));
    }
}
