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
