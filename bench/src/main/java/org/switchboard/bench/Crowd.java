package org.switchboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.switchboard.channels.xmpp.ProsodyServer;

/** The contacts that are online: {@code xmpp/crowd.py}, many slixmpp clients in one python process. */
final class Crowd implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private Crowd(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Logs in user0001..user{@code count} and returns once all of them sent their presence. */
    static Crowd online(ProsodyServer server, int count) throws IOException {
        Path script = server.dir().resolve("crowd.py");
        try (InputStream resource = Objects.requireNonNull(Crowd.class.getResourceAsStream("/xmpp/crowd.py"))) {
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process process = new ProcessBuilder(List.of("/usr/bin/python3", script.toString(), "127.0.0.1", Integer.toString(server.port()),
                ProsodyServer.DOMAIN, ProsodyServer.PASSWORD, "1", Integer.toString(count)))
                .redirectError(server.dir().resolve("crowd.err").toFile()).start();
        Crowd crowd = new Crowd(process);
        crowd.expect("ready");
        return crowd;
    }

    /** Every contact changes its presence {@code perUser} times within {@code seconds}; returns once all are sent. */
    int storm(int perUser, double seconds) throws IOException {
        in.write("storm " + perUser + " " + seconds + "\n");
        in.flush();
        return Integer.parseInt(expect("stormed").split(" ")[1]);
    }

    private String expect(String prefix) throws IOException {
        String line = out.readLine();
        if (line == null || !line.startsWith(prefix)) {
            throw new IllegalStateException("crowd.py said " + line + " instead of " + prefix + " (see crowd.err in the Prosody directory)");
        }
        return line;
    }

    @Override
    public void close() throws Exception {
        try {
            in.write("quit\n");
            in.flush();
        } catch (IOException gone) {
            // it has ended already
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
