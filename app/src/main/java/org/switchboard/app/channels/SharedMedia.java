package org.switchboard.app.channels;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.jitsi.JitsiMediaEngine;

/**
 * The process's one audio engine (libjitsi is process-wide), created on first use only: a profile
 * without SIP accounts never loads it. Its configuration lives in the profile directory named by
 * {@link #useProfile} (the composition root calls it first), else under the user's cache directory.
 */
public final class SharedMedia {
    private static @Nullable Path home;
    private static @Nullable MediaEngine engine;
    private static final ExecutorService EVENTS =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("switchboard-media-events").factory());

    private SharedMedia() {}

    /** Where the engine keeps libjitsi's own settings; no effect once the engine exists. */
    public static synchronized void useProfile(Path profileDirectory) {
        home = profileDirectory;
    }

    /** The engine, created (not started: see {@link MediaEngine#warmUp()}) on the first call. */
    public static synchronized MediaEngine engine() {
        MediaEngine current = engine;
        if (current == null) {
            current = JitsiMediaEngine.create(home != null ? home : cacheDirectory(), EVENTS);
            engine = current;
        }
        return current;
    }

    /** True once some part of the app asked for the engine. */
    public static synchronized boolean created() {
        return engine != null;
    }

    private static Path cacheDirectory() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("switchboard").resolve("media");
    }
}
