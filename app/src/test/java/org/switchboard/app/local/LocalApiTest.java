package org.switchboard.app.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.OwnPresence.OwnStatus;

/** The local API over a real Unix-domain socket: requests reach the window's commands; stale sockets are replaced. */
class LocalApiTest {
    @TempDir
    Path profile;

    private final List<String> done = new CopyOnWriteArrayList<>();

    private final LocalCommands commands = new LocalCommands() {
        @Override
        public CompletableFuture<String> setOwnStatus(OwnStatus status) {
            done.add(status.mode() + " " + status.message());
            return CompletableFuture.completedFuture("published " + status.mode());
        }

        @Override
        public CompletableFuture<String> open(String uri) {
            if (uri.startsWith("https:")) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("\"" + uri + "\" is not one of ours"));
            }
            done.add("open " + uri);
            return CompletableFuture.completedFuture("opened " + uri);
        }

        @Override
        public CompletableFuture<String> show() {
            done.add("show");
            return CompletableFuture.completedFuture("shown");
        }
    };

    @Test
    void requestsReachTheRunningWindowAndRepliesComeBack() throws IOException {
        try (LocalApiServer server = LocalApiServer.start(profile, commands)) {
            LocalApiClient client = new LocalApiClient(profile);

            assertThat(client.running()).isTrue();
            assertThat(client.setOwnStatus(new OwnStatus(OwnStatus.Mode.AWAY, "at\tlunch\nback soon"))).get()
                    .isEqualTo(new LocalApiClient.Reply(true, "published AWAY"));
            assertThat(client.open("xmpp:bob@example.test")).get().isEqualTo(new LocalApiClient.Reply(true, "opened xmpp:bob@example.test"));
            assertThat(client.open("https://example.test")).get()
                    .isEqualTo(new LocalApiClient.Reply(false, "\"https://example.test\" is not one of ours"));
            assertThat(done).containsExactly("AWAY at\tlunch\nback soon", "open xmpp:bob@example.test");
            assertThat(Files.getPosixFilePermissions(LocalSocket.of(profile))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void withNoWindowRunningTheClientSaysSoAndAStaleSocketIsReplaced() throws IOException {
        assertThat(new LocalApiClient(profile).show()).isEmpty();
        Files.writeString(LocalSocket.of(profile), "left behind by a crash");

        assertThat(new LocalApiClient(profile).running()).isFalse();
        try (LocalApiServer server = LocalApiServer.start(profile, commands)) {
            assertThat(new LocalApiClient(profile).show()).get().isEqualTo(new LocalApiClient.Reply(true, "shown"));
            assertThatThrownBy(() -> LocalApiServer.start(profile, commands)).isInstanceOf(IOException.class)
                    .hasMessageContaining("another Switchboard already runs");
        }
        assertThat(Files.exists(LocalSocket.of(profile))).isFalse();
    }

    @Test
    void aLongProfilePathGetsAShortSocketPath() {
        Path deep = profile.resolve("a".repeat(60)).resolve("b".repeat(60));
        assertThat(LocalSocket.of(deep).toString().length()).isLessThan(100);
        assertThat(LocalSocket.of(deep)).isNotEqualTo(LocalSocket.of(profile.resolve("other")));
    }
}
