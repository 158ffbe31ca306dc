package org.switchboard.app.services;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens URIs with the desktop: {@code xdg-open} on Linux (in the background, so a slow handler never
 * blocks the UI), else the platform's own document opener (JavaFX {@code HostServices}).
 */
public final class SystemUriOpener implements UriOpener {
    private static final Logger LOG = LoggerFactory.getLogger(SystemUriOpener.class);

    private final Executor background;
    private final Consumer<String> platformOpener;
    private final boolean linux;

    public SystemUriOpener(Executor background, Consumer<String> platformOpener) {
        this.background = background;
        this.platformOpener = platformOpener;
        this.linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    @Override
    public void open(String uri) {
        if (!linux) {
            platformOpener.accept(uri);
            return;
        }
        background.execute(() -> xdgOpen(uri));
    }

    private static void xdgOpen(String uri) {
        try {
            Process process = new ProcessBuilder("xdg-open", uri).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int status = process.waitFor();
            if (status != 0) {
                LOG.warn("xdg-open could not open {} (exit status {})", uri, status);
            }
        } catch (IOException e) {
            LOG.warn("Could not run xdg-open for {}", uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while opening {}", uri);
        }
    }
}
