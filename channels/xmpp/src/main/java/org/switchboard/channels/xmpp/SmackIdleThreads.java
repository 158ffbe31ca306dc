package org.switchboard.channels.xmpp;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Smack's shared thread pool give back its idle threads after {@link #KEEP_ALIVE} instead of a minute.
 *
 * <p>Smack 4.4 runs every incoming stanza's listeners on one process-wide cached pool, and hands each
 * deferred listener to it from a pool thread that is still busy, so a burst (a login's roster and the
 * contacts' presences) starts a new thread for most stanzas: 50-60 threads after a 2,000-contact login,
 * idle within a second, each holding its touched stack for the pool's 60 s keep-alive (NMT: 8.8 MB of
 * thread stacks 15 s after such a start, 2.6 MB with this). The pool is a private field; if a later
 * Smack has no such field, the pool stays as it is and this says so at debug level.
 */
final class SmackIdleThreads {
    static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(SmackIdleThreads.class);

    private SmackIdleThreads() {}

    /** Shortens the pool's keep-alive where Smack's pool is the one this was written for. */
    static void shorten() {
        try {
            Field field = AbstractXMPPConnection.class.getDeclaredField("CACHED_EXECUTOR_SERVICE");
            field.setAccessible(true);
            if (field.get(null) instanceof ThreadPoolExecutor pool) {
                pool.setKeepAliveTime(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                LOG.debug("Smack's shared executor is not a ThreadPoolExecutor; its idle threads stay for its own keep-alive");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("Smack's shared executor not found; its idle threads stay for its own keep-alive", e);
        }
    }
}
