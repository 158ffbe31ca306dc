package org.switchboard.app.channels;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ArchiveSync;
import org.switchboard.channels.api.ArchiveSync.Page;
import org.switchboard.channels.api.ArchiveSync.Query;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The archive catch-up (XMPP MAM) after every connect: reads the account's archive forward from the
 * archive id stored in the profile (the account's settings prefix + {@value #LAST_ID}) page by page to the end, stores
 * each page in one transaction (the history drops what it already has, so reading a page again is
 * harmless) and only then remembers the page's last id. On the very first login of an account
 * (nothing stored yet) it reads what was archived in the last {@link #FIRST_LOGIN} days. A newer
 * catch-up of the same account (a reconnect) supersedes a running one; a failed page ends the
 * catch-up, and the next connect resumes after the last page stored. Runs on the hub's thread.
 */
final class ArchiveCatchUp {
    /** After the account's settings prefix: the last archive id seen. */
    static final String LAST_ID = "mam.last";
    /** Where sessions 1–2 kept it ({@code mam.last.<key>}, not removed with the account); still read. */
    private static final String OLD_LAST_ID = "mam.last.";
    /** How far back the first login of an account reads. */
    static final Duration FIRST_LOGIN = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveCatchUp.class);
    private final ProfileSettings settings;
    private final MessageRecorder recorder;
    private final Executor hub;
    private final Clock clock;
    /** The catch-up currently running per account key. */
    private final Map<String, Run> running = new HashMap<>();
    /** How many catch-ups reached the end of the archive, per account key (read by tests on any thread). */
    private final Map<String, Integer> completed = new ConcurrentHashMap<>();

    ArchiveCatchUp(ProfileSettings settings, MessageRecorder recorder, Executor hub, Clock clock) {
        this.settings = settings;
        this.recorder = recorder;
        this.hub = hub;
        this.clock = clock;
    }

    /** Starts reading {@code archive} of the account {@code accountKey} (messages stored under {@code address}). */
    void start(String accountKey, String address, ArchiveSync archive) {
        Run run = new Run(accountKey, address, archive);
        running.put(accountKey, run);
        Query first = settings.get(lastIdKey(accountKey)).or(() -> settings.get(OLD_LAST_ID + accountKey)).filter(id -> !id.isBlank()).map(Query::afterId)
                .orElseGet(() -> Query.since(clock.instant().minus(FIRST_LOGIN)));
        LOG.debug("Archive catch-up of {} from {}", accountKey, first);
        fetch(run, first);
    }

    /** How many catch-ups of the account read to the end of its archive. */
    int completed(String accountKey) {
        return completed.getOrDefault(accountKey, 0);
    }

    /** Stops every catch-up (the hub closes). */
    void stopAll() {
        running.clear();
    }

    private void fetch(Run run, Query query) {
        run.archive().fetch(query).whenComplete((page, failure) -> hub.execute(() -> pageDone(run, query, page, failure)));
    }

    private void pageDone(Run run, Query query, @Nullable Page page, @Nullable Throwable failure) {
        if (running.get(run.accountKey()) != run) {
            return;
        }
        if (failure != null || page == null) {
            running.remove(run.accountKey());
            LOG.info("Archive catch-up of {} stopped after {} new messages; it resumes at the next connect: {}",
                    run.accountKey(), run.added, failure == null ? "no page" : failure.toString());
            return;
        }
        run.added += recorder.archived(run.address(), page.messages());
        if (!page.lastId().isEmpty()) {
            settings.put(lastIdKey(run.accountKey()), page.lastId());
        }
        if (page.complete() || page.lastId().isEmpty()) {
            running.remove(run.accountKey());
            completed.merge(run.accountKey(), 1, Integer::sum);
            LOG.info("Archive catch-up of {} done: {} new messages", run.accountKey(), run.added);
            return;
        }
        fetch(run, query.next(page));
    }

    /** One catch-up of one account; {@code added} is only touched on the hub's thread. */
    private static final class Run {
        private final String accountKey;
        private final String address;
        private final ArchiveSync archive;
        private int added;

        Run(String accountKey, String address, ArchiveSync archive) {
            this.accountKey = accountKey;
            this.address = address;
            this.archive = archive;
        }

        String accountKey() {
            return accountKey;
        }

        String address() {
            return address;
        }

        ArchiveSync archive() {
            return archive;
        }
    }

    /** The setting that holds the last archive id seen by the account with {@code accountKey}. */
    static String lastIdKey(String accountKey) {
        return org.switchboard.contacts.accounts.Account.settingsPrefix(accountKey) + LAST_ID;
    }
}
