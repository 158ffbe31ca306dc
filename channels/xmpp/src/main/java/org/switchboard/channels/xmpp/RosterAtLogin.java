package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.roster.RosterLoadedListener;

/**
 * The roster Smack asks for inside each login that does not resume the stream. A reader waits for
 * that answer instead of asking a second time while it is on its way: the login returns before it
 * arrives (the server takes about 0.15 s to write 2,000 contacts), and a second request would be
 * answered only after the contacts' presences.
 */
final class RosterAtLogin implements RosterLoadedListener {
    private volatile CompletableFuture<Boolean> load = CompletableFuture.completedFuture(false);

    /** Before a login: its roster is on its way until it is loaded or fails, or the login resumes the stream. */
    void loginStarts() {
        load = new CompletableFuture<>();
    }

    /** After a login: a resumed stream brings no roster. */
    void loggedIn(boolean resumed) {
        if (resumed) {
            load.complete(false);
        }
    }

    @Override
    public void onRosterLoaded(Roster roster) {
        load.complete(true);
    }

    @Override
    public void onRosterLoadingFailed(Exception exception) {
        load.complete(false);
    }

    /** True from a login's start until its roster is loaded, fails, or the stream is resumed instead. */
    boolean loading() {
        return !load.isDone();
    }

    /** Whether the last login's roster arrived, waiting for it up to {@code timeout}; false when it failed or none came. */
    boolean await(Duration timeout) throws InterruptedException {
        try {
            return load.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
