package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.AccountId;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelCapability;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** restart(key): the account gets a new channel made from what is stored now (its call handling, SRTP, server). */
class HubRestartTest {
    private static final String KEY = "sip:alice@example.test";

    @TempDir
    Path tmp;

    private final List<MadeChannel> made = new CopyOnWriteArrayList<>();
    private final List<AccountStatus> statuses = new CopyOnWriteArrayList<>();

    @Test
    void restartMakesTheAccountsChannelAgainFromTheStoredAccountAndSettings() {
        try (var repository = SqlitePersonRepository.open(tmp.resolve("switchboard.db"))) {
            MapSecretStore secrets = new MapSecretStore();
            secrets.store(KEY, "pw".toCharArray());
            repository.accounts().save(new Account(EndpointKind.SIP, KEY, "pbx.example.test:5060", "udp", true, List.of()));
            try (var hub = SupervisedChannelHub.builder(() -> ChannelStores.of(repository), secrets)
                    .factories(List.of(new SettingsReadingFactory())).build()) {
                hub.onAccountStatus(statuses::add);
                hub.start();
                awaitRegistered(1);
                hub.start();
                assertThat(made).as("start() keeps a running channel").hasSize(1);

                CallHandlingSettings changed = new CallHandlingSettings(new CallHandling.Rules(true, Optional.empty(),
                        Optional.empty(), Optional.empty(), java.time.Duration.ofSeconds(20)), true);
                changed.save(repository.settings(), KEY);
                repository.accounts().save(new Account(EndpointKind.SIP, KEY, "pbx.example.test:5061", "tls", true, List.of()));
                hub.restart(KEY);

                awaitRegistered(2);
                assertThat(made).hasSize(2);
                Await.until("the old channel closed", () -> Optional.of(made.getFirst()).filter(old -> old.closed));
                MadeChannel now = made.get(1);
                assertThat(now.settings).isEqualTo(changed);
                assertThat(now.account.transport()).isEqualTo("tls");
                assertThat(hub.accounts()).singleElement().satisfies(status -> {
                    assertThat(status.state()).isInstanceOf(ChannelState.Connected.class);
                    assertThat(status.account().server()).isEqualTo("pbx.example.test:5061");
                });
            }
        }
    }

    private void awaitRegistered(int channels) {
        Await.until(channels + " channel(s) connected (seen: " + statuses + ")", () -> Optional.of(made)
                .filter(m -> m.size() == channels && m.getLast().connected)
                .filter(m -> !statuses.isEmpty() && statuses.getLast().state() instanceof ChannelState.Connected));
    }

    /** Like SipChannels: reads the account's call handling from the profile when it makes a channel. */
    private final class SettingsReadingFactory implements ChannelFactory {
        @Override
        public EndpointKind kind() {
            return EndpointKind.SIP;
        }

        @Override
        public Channel create(Account account, Supplier<char[]> password, Executor events) {
            throw new AssertionError("the hub hands over the profile's settings");
        }

        @Override
        public Channel create(Account account, Supplier<char[]> password, Executor events, ProfileSettings settings) {
            MadeChannel channel = new MadeChannel(account, CallHandlingSettings.load(settings, account.key()));
            made.add(channel);
            return channel;
        }
    }

    /** A channel that connects at once and remembers what it was made from. */
    private static final class MadeChannel implements Channel {
        final Account account;
        final CallHandlingSettings settings;
        volatile boolean connected;
        volatile boolean closed;

        MadeChannel(Account account, CallHandlingSettings settings) {
            this.account = account;
            this.settings = settings;
        }

        @Override
        public AccountId account() {
            return new AccountId(account.key());
        }

        @Override
        public EndpointKind endpointKind() {
            return EndpointKind.SIP;
        }

        @Override
        public ChannelState state() {
            return connected ? new ChannelState.Connected() : new ChannelState.Disconnected();
        }

        @Override
        public AutoCloseable onStateChange(Consumer<ChannelState> listener) {
            return () -> { };
        }

        @Override
        public <C extends ChannelCapability> Optional<C> capability(Class<C> type) {
            return Optional.empty();
        }

        @Override
        public CompletableFuture<Void> connect() {
            connected = true;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> disconnect() {
            connected = false;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
