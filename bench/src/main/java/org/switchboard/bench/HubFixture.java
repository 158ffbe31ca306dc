package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.channels.ChannelStores;
import org.switchboard.app.channels.SupervisedChannelHub;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * alice's side in the bench JVM: the real {@link SupervisedChannelHub} over a fresh profile database,
 * XMPP channels as in the app, the listener executor a {@link UiThread}; the password in memory
 * instead of the OS secret store.
 */
final class HubFixture implements AutoCloseable {
    private final Path profile;
    private final SqlitePersonRepository repository;
    private final SupervisedChannelHub hub;

    private HubFixture(Path profile, SqlitePersonRepository repository, SupervisedChannelHub hub) {
        this.profile = profile;
        this.repository = repository;
        this.hub = hub;
    }

    /** Connects alice and returns once she is connected with her roster linked. */
    static HubFixture connected(XmppServer server, UiThread ui) throws Exception {
        Path profile = Files.createTempDirectory("switchboard-xmpp-bench");
        SqlitePersonRepository repository = SqlitePersonRepository.open(profile.resolve("switchboard.db"));
        Account alice = server.aliceAccount();
        repository.accounts().save(alice);
        SupervisedChannelHub hub = SupervisedChannelHub.builder(() -> ChannelStores.of(repository), new MemorySecrets(alice.key()))
                .factories(List.of(ChannelFactory.xmpp(TrustAnchors.system()))).listenerExecutor(ui).build();
        hub.start();
        var settled = hub.firstSettled().get(60, TimeUnit.SECONDS);
        if (!(settled.getFirst().state() instanceof org.switchboard.channels.api.ChannelState.Connected)) {
            throw new IllegalStateException("alice did not connect: " + settled);
        }
        return new HubFixture(profile, repository, hub);
    }

    SupervisedChannelHub hub() {
        return hub;
    }

    @Override
    public void close() {
        hub.close();
        repository.close();
        TempDirs.delete(profile);
    }

    /** The one password, in memory. */
    private record MemorySecrets(Map<String, char[]> secrets) implements SecretStore {
        MemorySecrets(String key) {
            this(new ConcurrentHashMap<>(Map.of(key, ProsodyServer.PASSWORD.toCharArray())));
        }

        @Override
        public void store(String accountKey, char[] secret) {
            secrets.put(accountKey, secret.clone());
        }

        @Override
        public Optional<char[]> lookup(String accountKey) {
            return Optional.ofNullable(secrets.get(accountKey)).map(char[]::clone);
        }

        @Override
        public void delete(String accountKey) {
            secrets.remove(accountKey);
        }
    }
}
