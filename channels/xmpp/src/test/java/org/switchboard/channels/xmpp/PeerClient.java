package org.switchboard.channels.xmpp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The slixmpp peer ({@code prosody/peer.py}), a client that is not ours, as a subprocess: commands
 * go to its stdin as JSON lines, its events come back on stdout as JSON lines.
 */
public final class PeerClient implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final List<Map<String, String>> events = new CopyOnWriteArrayList<>();
    private final String jid;

    private PeerClient(Process process, String jid) {
        this.process = process;
        this.jid = jid;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofVirtual().name("peer-" + jid).start(this::readEvents);
    }

    public static PeerClient start(ProsodyServer server, String user, boolean voice) throws IOException {
        String jid = user + "@" + ProsodyServer.DOMAIN;
        var command = new java.util.ArrayList<>(List.of("/usr/bin/python3", script(server.dir()).toString(), "127.0.0.1",
                Integer.toString(server.port()), jid + "/peer", ProsodyServer.PASSWORD));
        if (voice) {
            command.add("--voice");
        }
        Process process = new ProcessBuilder(command)
                .redirectError(server.dir().resolve("peer-" + user + ".err").toFile()).start();
        PeerClient peer = new PeerClient(process, jid);
        peer.await("peer ready", e -> e.get("event").equals("ready"));
        return peer;
    }

    public String jid() {
        return jid;
    }

    public void send(String to, String body, boolean receipt) throws IOException {
        command(Map.of("cmd", "send", "to", to, "body", body, "receipt", Boolean.toString(receipt)));
    }

    public void sendRepeated(String to, String body, int repeat) throws IOException {
        command(Map.of("cmd", "send", "to", to, "body", body, "repeat", Integer.toString(repeat)));
    }

    public void raw(String xml) throws IOException {
        command(Map.of("cmd", "raw", "xml", xml));
    }

    public void presence(String show, String status) throws IOException {
        command(Map.of("cmd", "presence", "show", show, "status", status));
    }

    public void subscribe(String to) throws IOException {
        command(Map.of("cmd", "subscribe", "to", to));
    }

    /** The first event so far, or within the deadline, that matches. */
    public Map<String, String> await(String what, Predicate<Map<String, String>> match) {
        return Await.until(what + " (peer events: " + summary() + ")",
                () -> events.stream().filter(match).findFirst().or(() -> exitedEarly()));
    }

    public List<Map<String, String>> events() {
        return List.copyOf(events);
    }

    private Optional<Map<String, String>> exitedEarly() {
        if (!process.isAlive()) {
            throw new AssertionError("the slixmpp peer exited with " + process.exitValue());
        }
        return Optional.empty();
    }

    private String summary() {
        return events.stream().map(e -> e.get("event")).toList().toString();
    }

    private synchronized void command(Map<String, String> fields) throws IOException {
        StringBuilder json = new StringBuilder("{");
        for (var field : fields.entrySet()) {
            json.append(json.length() > 1 ? "," : "").append(JsonLine.quote(field.getKey())).append(':');
            String v = field.getValue();
            json.append(v.equals("true") || v.equals("false") || v.matches("[0-9]+") ? v : JsonLine.quote(v));
        }
        stdin.write(json.append("}\n").toString());
        stdin.flush();
    }

    private void readEvents() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                events.add(JsonLine.parse(line));
            }
        } catch (IOException | RuntimeException e) {
            events.add(new LinkedHashMap<>(Map.of("event", "reader-failed", "reason", String.valueOf(e))));
        }
    }

    /** The script as a file: straight from the test classes, or copied out of the test jar (other modules' tests). */
    private static Path script(Path dir) throws IOException {
        java.net.URL url = Objects.requireNonNull(PeerClient.class.getResource("/prosody/peer.py"));
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path copy = dir.resolve("peer.py");
        try (java.io.InputStream in = url.openStream()) {
            java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    @Override
    public void close() throws Exception {
        try {
            command(Map.of("cmd", "quit"));
        } catch (IOException alreadyGone) {
            process.destroy();
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
