package org.switchboard.media.jitsi;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.service.libjitsi.LibJitsi;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.MediaException;

/** Starts libjitsi once per process, with the settings it must see before its first class loads. */
final class LibJitsiRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(LibJitsiRuntime.class);
    private static final String HOME_LOCATION = "net.java.sip.communicator.SC_HOME_DIR_LOCATION";
    private static final String HOME_NAME = "net.java.sip.communicator.SC_HOME_DIR_NAME";
    private static final Object LOCK = new Object();
    private static @Nullable MediaServiceImpl service;
    private static @Nullable Path startedHome;

    private LibJitsiRuntime() {}

    /**
     * The media service, starting libjitsi on first use with its configuration under {@code homeDir}
     * ({@code homeDir/libjitsi/sip-communicator.properties}). Later calls share that first start.
     */
    static MediaServiceImpl start(Path homeDir) throws MediaException {
        synchronized (LOCK) {
            if (service != null) {
                if (!homeDir.equals(startedHome)) {
                    LOG.warn("libjitsi already runs with its configuration in {}; {} is not used", startedHome, homeDir);
                }
                return service;
            }
            try {
                Files.createDirectories(homeDir);
                System.setProperty("org.jitsi.impl.neomedia.device.PortAudioSystem.disabled", "true");
                System.setProperty(HOME_LOCATION, homeDir.toAbsolutePath().toString());
                System.setProperty(HOME_NAME, "libjitsi");
                OpusEncoderSettings.apply();
                SrtpCipherSettings.apply();
                long begin = System.nanoTime();
                LibJitsi.start();
                if (!(LibJitsi.getMediaService() instanceof MediaServiceImpl impl)) {
                    throw new MediaException("The audio engine did not start.", null);
                }
                LOG.info("libjitsi started in {} ms (audio system: {})", (System.nanoTime() - begin) / 1_000_000,
                        impl.getDeviceConfiguration().getAudioSystem());
                service = impl;
                startedHome = homeDir;
                return impl;
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                throw new MediaException("The audio engine could not start: " + e.getMessage(), e);
            }
        }
    }
}
