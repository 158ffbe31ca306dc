package org.switchboard.media.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.switchboard.media.jitsi.JitsiMediaEngine;

/**
 * One warmed-up {@link JitsiMediaEngine} per test JVM on the shared {@link PulseAudioServer}
 * (libjitsi is process-global). Its libjitsi configuration lives next to the daemon's files in the
 * build directory; events are delivered on the calling thread (a direct executor).
 */
public final class SharedMediaEngine {
    private static @Nullable JitsiMediaEngine engine;

    private SharedMediaEngine() {}

    public static synchronized JitsiMediaEngine get() {
        if (engine == null) {
            PulseAudioServer pulse = PulseAudioServer.shared();
            bridgeJulToSlf4j();
            Path home = Path.of(pulse.server().substring("unix:".length())).getParent().resolveSibling("media-home");
            JitsiMediaEngine created = JitsiMediaEngine.create(home, Runnable::run);
            created.warmUp().orTimeout(30, TimeUnit.SECONDS).join();
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "media-engine-close"));
            engine = created;
        }
        return engine;
    }

    private static void bridgeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
