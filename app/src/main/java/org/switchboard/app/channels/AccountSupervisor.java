package org.switchboard.app.channels;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.StartupTrace;
import org.switchboard.app.secrets.SecretStoreException;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.OwnPresence;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.accounts.Account;

/**
 * Keeps one account's channel connected: connects, reconnects after a lost connection or a failed
 * attempt with {@link Backoff}, and stops for what only the user can fix (a refused certificate, a
 * wrong or missing password) with a plain reason. Every method runs on the hub's thread, so the
 * fields need no locks; channel results arrive there too (the channel's events executor).
 */
final class AccountSupervisor {
    private static final Logger LOG = LoggerFactory.getLogger(AccountSupervisor.class);
    private final HubContext hub;
    private final ChannelFactory factory;
    private Account account;
    private @Nullable Channel channel;
    private List<AutoCloseable> subscriptions = List.of();
    private AccountStatus status;
    private int failures;
    private Scheduler.@Nullable Scheduled retry;
    /** Offline by the user's choice or the hub closing: no reconnects. */
    private boolean stopped = true;
    private boolean rosterLinked;

    AccountSupervisor(HubContext hub, ChannelFactory factory, Account account) {
        this.hub = hub;
        this.factory = factory;
        this.account = account;
        this.status = AccountStatus.of(account, new ChannelState.Disconnected());
    }

    String key() {
        return account.key();
    }

    Account account() {
        return account;
    }

    AccountStatus status() {
        return status;
    }

    Optional<Channel> connectedChannel() {
        return status.state() instanceof ChannelState.Connected ? Optional.ofNullable(channel) : Optional.empty();
    }

    /** Connected with the roster linked, or stopped trying (failed, waiting to retry): what a CLI waits for. */
    boolean settled() {
        return switch (status.state()) {
            case ChannelState.Connected c -> rosterLinked;
            case ChannelState.Failed f -> true;
            case ChannelState.Retrying r -> true;
            default -> stopped;
        };
    }

    void rosterLinked() {
        rosterLinked = true;
    }

    /** Connects unless connected or connecting already. */
    void start() {
        stopped = false;
        if (status.state() instanceof ChannelState.Connected || status.state() instanceof ChannelState.Connecting) {
            return;
        }
        cancelRetry();
        connect();
    }

    /**
     * Starts the channel's connect and then checks that a password is stored: the channel reads it
     * only when it logs in (after TCP and TLS), so the secret store's look-up (its session may still
     * be opening at start-up) runs in parallel with the connection's set-up. Without a password the
     * attempt is dropped with its channel (its own result is ignored then) and the account fails.
     */
    private void connect() {
        retry = null;
        Channel current = channel();
        StartupTrace.mark("connecting " + account.key());
        rosterLinked = false;
        set(new ChannelState.Connecting(failures + 1), Optional.empty());
        current.connect().whenComplete((ok, failure) -> {
            StartupTrace.mark("connect done " + account.key());
            hub.run(() -> connectDone(current, failure));
        });
        Optional<String> missing = checkPassword();
        StartupTrace.mark("password looked up " + account.key());
        if (missing.isPresent()) {
            closeChannel();
            fail(missing.get(), Optional.empty());
        }
    }

    private Optional<String> checkPassword() {
        try {
            Optional<char[]> password = hub.secrets().lookup(account.key());
            password.ifPresent(chars -> Arrays.fill(chars, '\0'));
            return password.isPresent() ? Optional.empty() : Optional.of("No password is stored for " + account.key()
                    + "; add the account again.");
        } catch (SecretStoreException e) {
            LOG.warn("Cannot read the password of {}: {}", account.key(), e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    private void connectDone(Channel connected, @Nullable Throwable failure) {
        if (connected != channel || stopped) {
            return;
        }
        if (failure == null) {
            failures = 0;
            set(new ChannelState.Connected(), Optional.empty());
            hub.connected(this, connected);
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        switch (cause) {
            case ChannelException.CertificateRejected rejected -> fail(rejected.getMessage(), Optional.of(rejected.sha256Fingerprint()));
            case ChannelException.AuthenticationFailed refused -> fail(refused.getMessage(), Optional.empty());
            default -> {
                failures++;
                scheduleRetry(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            }
        }
    }

    /** A state reported by the channel itself: a drop from connected means the connection was lost. */
    void channelState(Channel reporter, ChannelState reported) {
        if (reporter != channel || stopped) {
            return;
        }
        boolean lost = reported instanceof ChannelState.Disconnected || reported instanceof ChannelState.Interrupted;
        if (lost && status.state() instanceof ChannelState.Connected) {
            LOG.info("{} lost its connection; reconnecting", account.key());
            hub.disconnected(this);
            failures = 1;
            scheduleRetry("The connection was lost.");
        }
    }

    private void scheduleRetry(String lastError) {
        Duration delay = hub.backoff().delay(failures);
        set(new ChannelState.Retrying(failures, hub.clock().instant().plus(delay), lastError), Optional.empty());
        LOG.info("{}: retry {} in {} ms ({})", account.key(), failures, delay.toMillis(), lastError);
        Scheduler.Scheduled[] handle = new Scheduler.Scheduled[1];
        handle[0] = hub.scheduler().schedule(delay, () -> hub.run(() -> {
            if (retry == handle[0] && !stopped) {
                connect();
            }
        }));
        retry = handle[0];
    }

    private void fail(String reason, Optional<String> fingerprint) {
        LOG.warn("{} stopped: {}", account.key(), reason);
        set(new ChannelState.Failed(reason), fingerprint);
    }

    /** Pins {@code fingerprint} on the account, stores it, and connects again with a new channel. */
    void trust(String fingerprint) {
        account = account.withTrusted(fingerprint);
        hub.accounts().save(account);
        replaceChannel();
        failures = 0;
        set(new ChannelState.Disconnected(), Optional.empty());
        start();
    }

    /**
     * Takes {@code stored} (the account as saved now) and drops the channel, so that the next
     * {@link #start()} makes a new one from it and from the profile's settings.
     */
    void remake(Account stored) {
        account = stored;
        replaceChannel();
        failures = 0;
        set(new ChannelState.Disconnected(), Optional.empty());
    }

    /** Publishes the user's status; offline disconnects and stops reconnecting, anything else (re)connects. */
    CompletableFuture<Void> publish(OwnStatus own) {
        Channel current = channel();
        CompletableFuture<Void> published = current.capability(OwnPresence.class)
                .map(presence -> presence.publish(own)).orElse(CompletableFuture.completedFuture(null));
        if (own.mode() == OwnStatus.Mode.OFFLINE) {
            stop();
        } else if (stopped) {
            start();
        }
        return published;
    }

    /** Goes offline: no more retries, the connection is closed politely. */
    void stop() {
        stopped = true;
        cancelRetry();
        boolean wasConnected = status.state() instanceof ChannelState.Connected;
        Channel current = channel;
        if (current != null) {
            current.disconnect();
        }
        if (wasConnected) {
            hub.disconnected(this);
        }
        if (!(status.state() instanceof ChannelState.Failed)) {
            set(new ChannelState.Disconnected(), Optional.empty());
        }
    }

    void close() {
        stopped = true;
        cancelRetry();
        closeChannel();
    }

    private Channel channel() {
        Channel current = channel;
        if (current == null) {
            String key = account.key();
            current = factory.create(account, () -> hub.secrets().lookup(key)
                    .orElseThrow(() -> new IllegalStateException("no password stored for " + key)), hub.events(), hub.settings());
            Channel created = current;
            subscriptions = hub.wire(this, created);
            channel = created;
            created.capability(OwnPresence.class).ifPresent(p -> p.publish(hub.ownStatus()));
        }
        return current;
    }

    private void replaceChannel() {
        cancelRetry();
        if (status.state() instanceof ChannelState.Connected) {
            hub.disconnected(this);
        }
        closeChannel();
    }

    private void closeChannel() {
        Channel old = channel;
        channel = null;
        subscriptions.forEach(AccountSupervisor::closeQuietly);
        subscriptions = List.of();
        if (old != null) {
            Thread.ofVirtual().name("switchboard-close-" + account.key()).start(old::close);
        }
    }

    private void cancelRetry() {
        Scheduler.Scheduled pending = retry;
        retry = null;
        if (pending != null) {
            pending.cancel();
        }
    }

    private void set(ChannelState state, Optional<String> fingerprint) {
        status = new AccountStatus(account, state, fingerprint);
        hub.statusChanged(this);
    }

    private static void closeQuietly(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop a channel subscription: {}", e.toString());
        }
    }
}
