package org.switchboard.app.channels;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.MessageRecord;

/** The hub of a profile with no accounts. */
final class NoChannels implements ChannelHub {
    @Override
    public List<AccountStatus> accounts() {
        return List.of();
    }

    @Override
    public AutoCloseable onAccountStatus(Consumer<AccountStatus> listener) {
        return () -> { };
    }

    @Override
    public CompletableFuture<MessageRecord> send(Endpoint to, String text) {
        return CompletableFuture.failedFuture(new IllegalStateException(
                "No account can send to " + to.address() + ": add an XMPP account first"));
    }

    @Override
    public AutoCloseable onMessage(Consumer<MessageRecord> listener) {
        return () -> { };
    }

    @Override
    public CompletableFuture<Void> setOwnStatus(OwnStatus status) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public ReachContext reachContext() {
        return ReachContext.NO_ACCOUNTS;
    }

    @Override
    public void start() {
        // no accounts, nothing to start
    }

    @Override
    public void trust(String accountKey, String fingerprint) {
        throw new IllegalArgumentException("There is no account " + accountKey);
    }

    @Override
    public void close() {
        // nothing runs
    }
}
