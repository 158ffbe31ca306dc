package org.switchboard.app.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens URIs with the desktop's handler: {@code xdg-open} on Linux, {@code open} on macOS,
 * {@code rundll32 url.dll} on Windows. Never loads AWT and never waits for the handler: a failure
 * to start it is thrown, a handler that fails later is logged.
 */
public final class DesktopUriOpener implements UriOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopUriOpener.class);

    @Override
    public void open(String uri) {
        List<String> command = commandFor(uri, System.getProperty("os.name", "").toLowerCase(Locale.ROOT));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.onExit().thenAccept(p -> {
                if (p.exitValue() != 0) {
                    LOG.warn("{} could not open {} (exit status {})", command.getFirst(), uri, p.exitValue());
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot open " + uri + ": " + command.getFirst() + " could not be started ("
                    + e.getMessage() + ")", e);
        }
    }

    static List<String> commandFor(String uri, String osName) {
        if (osName.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", uri);
        }
        if (osName.contains("mac")) {
            return List.of("open", uri);
        }
        return List.of("xdg-open", uri);
    }
}
