package org.switchboard.app.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** The running window's side: answers local requests on the profile's socket until closed. */
public final class LocalApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalApiServer.class);
    private static final long ANSWER_SECONDS = 25;
    private final Path socket;
    private final ServerSocketChannel server;
    private final LocalCommands commands;

    private LocalApiServer(Path socket, ServerSocketChannel server, LocalCommands commands) {
        this.socket = socket;
        this.server = server;
        this.commands = commands;
    }

    /**
     * Listens on the profile's socket (replacing a stale one nobody answers on) and answers on virtual
     * threads. The socket file is readable and writable by the user only.
     */
    public static LocalApiServer start(Path profileDirectory, LocalCommands commands) throws IOException {
        Path socket = LocalSocket.of(profileDirectory);
        if (new LocalApiClient(profileDirectory).running()) {
            throw new IOException("another Switchboard already runs on " + profileDirectory);
        }
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.debug("No POSIX permissions for {}", socket);
        }
        LocalApiServer api = new LocalApiServer(socket, server, commands);
        Thread.ofVirtual().name("switchboard-local-api").start(api::acceptAll);
        return api;
    }

    private void acceptAll() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread.ofVirtual().name("switchboard-local-request").start(() -> answer(client));
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.warn("The local API stopped accepting requests: {}", e.toString());
                }
                return;
            }
        }
    }

    private void answer(SocketChannel client) {
        try (client) {
            String line = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8)).readLine();
            List<String> reply = line == null ? List.of("error", "empty request") : reply(LocalLine.decode(line));
            OutputStream out = Channels.newOutputStream(client);
            out.write((LocalLine.encode(reply) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            LOG.debug("A local request went wrong", e);
        }
    }

    private List<String> reply(List<String> request) {
        try {
            CompletableFuture<String> done = switch (request.getFirst()) {
                case "presence-set" -> commands.setOwnStatus(new OwnStatus(
                        OwnStatus.Mode.valueOf(field(request, 1).toUpperCase(Locale.ROOT)), field(request, 2)));
                case "open" -> commands.open(field(request, 1));
                case "show" -> commands.show();
                case "ping" -> CompletableFuture.completedFuture("running");
                default -> CompletableFuture.failedFuture(new IllegalArgumentException("unknown request '" + request.getFirst() + "'"));
            };
            return List.of("ok", done.get(ANSWER_SECONDS, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
            return List.of("error", String.valueOf(e.getCause().getMessage()));
        } catch (java.util.concurrent.TimeoutException e) {
            return List.of("error", "the running Switchboard did not finish within " + ANSWER_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("error", "interrupted");
        } catch (RuntimeException e) {
            return List.of("error", String.valueOf(e.getMessage()));
        }
    }

    private static String field(List<String> request, int index) {
        if (request.size() <= index) {
            throw new IllegalArgumentException("request '" + request.getFirst() + "' misses field " + index);
        }
        return request.get(index);
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.debug("Could not remove {}", socket, e);
        }
    }
}
