package org.switchboard.app.channels;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.contacts.accounts.Account;

/** Connects an account once and disconnects: does it work as configured? Blocking; for commands. */
public final class ConnectionCheck {
    private ConnectionCheck() {}

    /** Empty when the account connected; else why not (a refused certificate carries its fingerprint). */
    public static Optional<ChannelException> check(ChannelFactory factory, Account account, SecretStore secrets, Duration deadline) {
        String key = account.key();
        try (Channel channel = factory.create(account, () -> secrets.lookup(key)
                .orElseThrow(() -> new IllegalStateException("no password stored for " + key)), Runnable::run)) {
            channel.connect().get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause() instanceof ChannelException known ? known
                    : new ChannelException.NotConnected(String.valueOf(e.getCause().getMessage()), e.getCause()));
        } catch (TimeoutException e) {
            return Optional.of(new ChannelException.Timeout("The server did not answer within " + deadline.toSeconds() + " s.", e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new ChannelException.NotConnected("Interrupted.", e));
        }
    }
}
