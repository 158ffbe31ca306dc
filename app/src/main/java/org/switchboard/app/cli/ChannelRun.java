package org.switchboard.app.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.channels.ChannelStores;
import org.switchboard.app.channels.SupervisedChannelHub;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;

/** A command's short use of the channels: a hub over some accounts, started and waited for with a deadline. */
final class ChannelRun implements AutoCloseable {
    static final Duration CONNECT_DEADLINE = Duration.ofSeconds(20);
    private final SupervisedChannelHub hub;

    ChannelRun(Session session, SecretStore secrets, List<ChannelFactory> factories, Predicate<Account> accounts) {
        this.hub = SupervisedChannelHub.builder(session::stores, secrets).factories(factories).accounts(accounts).build();
    }

    SupervisedChannelHub hub() {
        return hub;
    }

    /** Starts the accounts and waits until each is connected (roster linked) or has failed once. */
    List<AccountStatus> connect() {
        hub.start();
        return await(hub.firstSettled(), CONNECT_DEADLINE, "connecting");
    }

    /** Starts only {@code account}; fails with its problem in one line unless it connected. Close the run after use. */
    static ChannelRun connected(Session session, SecretStore secrets, List<ChannelFactory> factories, Account account) {
        ChannelRun run = new ChannelRun(session, secrets, factories, a -> a.key().equals(account.key()));
        try {
            AccountStatus status = run.connect().stream().filter(s -> s.account().key().equals(account.key())).findFirst()
                    .orElseThrow(() -> new CommandFailure(account.key() + " did not start", ExitStatus.FAILURE));
            if (!(status.state() instanceof ChannelState.Connected)) {
                throw new CommandFailure(problem(status), ExitStatus.FAILURE);
            }
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /**
     * The first enabled account of {@code kind} (or the one named {@code wanted}); fails in one line
     * saying how to add one, {@code purpose} naming what it is for ("to call with").
     */
    static Account enabledAccount(Session session, EndpointKind kind, @org.jspecify.annotations.Nullable String wanted, String purpose) {
        return session.accounts().findAll().stream()
                .filter(a -> a.kind() == kind && a.enabled())
                .filter(a -> wanted == null || a.key().equalsIgnoreCase(wanted) || a.address().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new CommandFailure(wanted == null
                        ? "no enabled " + kind.label() + " account " + purpose + "; add one with switchboard account add --kind " + kind.id()
                        : "there is no enabled " + kind.label() + " account " + wanted, ExitStatus.FAILURE));
    }

    static <T> T await(java.util.concurrent.Future<T> future, Duration deadline, String what) {
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CommandFailure(what + " took longer than " + deadline.toSeconds() + " s", ExitStatus.FAILURE);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CommandFailure(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while " + what, e);
        }
    }

    /** One line on why an account is not connected, with what to do about a certificate. */
    static String problem(AccountStatus status) {
        String key = status.account().key();
        if (status.untrustedFingerprint().isPresent()) {
            String fingerprint = status.untrustedFingerprint().get();
            return key + ": the server's certificate is not trusted (" + fingerprint + "); if you recognise this fingerprint, "
                    + "add the account again with --trust " + fingerprint;
        }
        return switch (status.state()) {
            case ChannelState.Failed f -> key + ": " + f.reason();
            case ChannelState.Retrying r -> key + ": cannot connect: " + r.lastError();
            default -> key + ": not connected";
        };
    }

    @Override
    public void close() {
        hub.close();
    }
}
