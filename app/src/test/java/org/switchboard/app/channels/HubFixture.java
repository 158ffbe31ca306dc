package org.switchboard.app.channels;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** A profile (SQLite in a temporary directory), an in-memory secret store and a hand-stepped scheduler for hub tests. */
final class HubFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    final SqlitePersonRepository repository;
    final MapSecretStore secrets = new MapSecretStore();
    final ManualScheduler scheduler = new ManualScheduler();
    final List<AccountStatus> statuses = new CopyOnWriteArrayList<>();
    /** What the hub announced to its message listeners, since the last {@link #start()}. */
    final List<MessageRecord> announced = new CopyOnWriteArrayList<>();
    private final ProsodyServer server;
    private SupervisedChannelHub hub;

    HubFixture(ProsodyServer server, Path dir) {
        this.server = server;
        this.repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
    }

    /** Stores an account of {@code user} on the test server, its certificate pinned or not, with {@code password}. */
    Account account(String user, boolean pinned, String password) throws Exception {
        List<String> pins = pinned ? List.of(CertificateFingerprint.of(server.certificate())) : List.of();
        Account account = new Account(EndpointKind.XMPP, user + "@" + ProsodyServer.DOMAIN, "127.0.0.1:" + server.port(), "", true, pins);
        repository.accounts().save(account);
        secrets.store(account.key(), password.toCharArray());
        return account;
    }

    /** A started hub (listeners called directly on the hub's thread; full jitter fixed at one half). */
    SupervisedChannelHub start() {
        return start(ChannelFactory.xmpp(TrustAnchors.system()));
    }

    /** A started hub with {@code factory} for its channels. */
    SupervisedChannelHub start(ChannelFactory factory) {
        hub = SupervisedChannelHub.builder(() -> ChannelStores.of(repository), secrets)
                .factories(List.of(factory))
                .scheduler(scheduler)
                .backoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        hub.onAccountStatus(statuses::add);
        hub.onMessage(announced::add);
        hub.start();
        return hub;
    }

    AccountStatus awaitState(String key, Class<? extends ChannelState> state) {
        return Await.until(key + " " + state.getSimpleName() + " (seen: " + statuses + ")", () -> statuses.stream()
                .filter(s -> s.account().key().equals(key) && state.isInstance(s.state())).reduce((a, b) -> b));
    }

    /** The first status of {@code key} that is a Retrying or Connected state after {@code previous}. */
    AccountStatus awaitStateAfter(String key, ChannelState previous) {
        return Await.until(key + " after " + previous + " (seen: " + statuses + ")", () -> {
            List<AccountStatus> mine = statuses.stream().filter(s -> s.account().key().equals(key)).toList();
            int at = mine.stream().map(AccountStatus::state).toList().indexOf(previous);
            return at < 0 ? java.util.Optional.empty() : mine.subList(at + 1, mine.size()).stream()
                    .filter(s -> s.state() instanceof ChannelState.Retrying || s.state() instanceof ChannelState.Connected).findFirst();
        });
    }

    /** The states {@code key} went through, in order. */
    List<ChannelState> states(String key) {
        return statuses.stream().filter(s -> s.account().key().equals(key)).map(AccountStatus::state).toList();
    }

    /** Closes the hub (the profile stays open for the next {@link #start()}). */
    void stopHub() {
        if (hub != null) {
            hub.close();
            hub = null;
        }
        statuses.clear();
        announced.clear();
    }

    @Override
    public void close() {
        if (hub != null) {
            hub.close();
        }
        repository.close();
    }
}
