package org.switchboard.app.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** The command line's side: asks the running window of a profile, if there is one. */
public final class LocalApiClient {
    private static final java.time.Duration DEADLINE = java.time.Duration.ofSeconds(30);
    private final Path socket;

    public LocalApiClient(Path profileDirectory) {
        this.socket = LocalSocket.of(profileDirectory);
    }

    /** The reply when a window runs on the profile; empty when none does. */
    public Optional<Reply> setOwnStatus(OwnStatus status) {
        return ask(List.of("presence-set", status.mode().name().toLowerCase(Locale.ROOT), status.message()));
    }

    public Optional<Reply> open(String uri) {
        return ask(List.of("open", uri));
    }

    /** Whether a window runs on the profile, without disturbing it. */
    public boolean running() {
        return ask(List.of("ping")).isPresent();
    }

    public Optional<Reply> show() {
        return ask(List.of("show"));
    }

    /** What the window answered: done, or refused with a reason. */
    public record Reply(boolean ok, String text) {}

    private Optional<Reply> ask(List<String> request) {
        if (!Files.exists(socket)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Thread watchdog = Thread.ofVirtual().start(() -> closeAfterDeadline(channel));
            try {
                return Optional.of(exchange(channel, request));
            } finally {
                watchdog.interrupt();
            }
        } catch (IOException e) {
            return Optional.empty(); // a stale socket file: nobody listens
        }
    }

    private static Reply exchange(SocketChannel channel, List<String> request) throws IOException {
            OutputStream out = Channels.newOutputStream(channel);
            out.write((LocalLine.encode(request) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null) {
                return new Reply(false, "the running Switchboard closed the connection without answering");
            }
            List<String> reply = LocalLine.decode(line);
            return new Reply("ok".equals(reply.getFirst()), reply.size() > 1 ? reply.get(1) : "");
    }

    /** A window that does not answer within the deadline is not waited for forever. */
    private static void closeAfterDeadline(SocketChannel channel) {
        try {
            Thread.sleep(DEADLINE);
            channel.close();
        } catch (InterruptedException | IOException e) {
            // answered in time, or already closed
        }
    }
}
