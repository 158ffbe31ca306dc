package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** prepare(): the secret store and the accounts' protocol libraries warm up in the background, only when there are accounts. */
class HubPrepareTest {
    @TempDir
    Path tmp;

    private final List<String> warmed = new CopyOnWriteArrayList<>();

    @Test
    void warmsUpTheSecretStoreAndTheLibrariesOfTheAccountsKinds() {
        try (var repository = SqlitePersonRepository.open(tmp.resolve("switchboard.db"))) {
            repository.accounts().save(new Account(EndpointKind.XMPP, "alice@example.test", "127.0.0.1:5222", "", true, List.of()));
            try (var hub = hub(repository)) {
                hub.prepare();
                Await.until("both warm-ups", () -> Optional.of(warmed).filter(w -> w.size() == 2));
                assertThat(warmed).containsExactlyInAnyOrder("secrets", "xmpp");
            }
        }
    }

    @Test
    void withNoAccountsNothingIsLoaded() throws Exception {
        try (var repository = SqlitePersonRepository.open(tmp.resolve("switchboard.db"))) {
            try (var hub = hub(repository)) {
                hub.prepare();
                hub.start();
                hub.firstSettled().get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(warmed).isEmpty();
            }
        }
    }

    private SupervisedChannelHub hub(SqlitePersonRepository repository) {
        return SupervisedChannelHub.builder(() -> ChannelStores.of(repository), new WarmingSecrets())
                .factories(List.of(new WarmingFactory())).build();
    }

    private final class WarmingSecrets implements SecretStore {
        @Override
        public void store(String accountKey, char[] secret) {
        }

        @Override
        public Optional<char[]> lookup(String accountKey) {
            return Optional.empty();
        }

        @Override
        public void delete(String accountKey) {
        }

        @Override
        public void warmUp() {
            warmed.add("secrets");
        }
    }

    private final class WarmingFactory implements ChannelFactory {
        @Override
        public EndpointKind kind() {
            return EndpointKind.XMPP;
        }

        @Override
        public void prepare() {
            warmed.add("xmpp");
        }

        @Override
        public Channel create(Account account, Supplier<char[]> password, Executor events) {
            throw new AssertionError("prepare() must not create channels");
        }
    }
}
