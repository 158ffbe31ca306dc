package org.switchboard.app.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.StartupWork;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.settings.PinnedDevices;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.media.MediaEngine;

/**
 * Turns the window's calls on once a SIP account exists (at start or when one is added): the audio
 * engine warms up and the pinned devices are applied in the background, then the Calls menu, the
 * Call action and the incoming-call dialog work. Without a SIP account libjitsi is never loaded.
 */
final class CallsEnabler {
    private static final Logger LOG = LoggerFactory.getLogger(CallsEnabler.class);
    private final ShellView shell;
    private final CallSetup setup;
    private final AtomicBoolean started = new AtomicBoolean();

    CallsEnabler(ShellView shell, CallSetup setup) {
        this.shell = shell;
        this.setup = setup;
    }

    /** Watches the hub's accounts (on the FX thread) and enables calls at the first SIP account. */
    void whenNeeded() {
        if (!setup.available()) {
            return;
        }
        var hub = shell.services().channels();
        hub.accounts().forEach(this::check);
        hub.onAccountStatus(this::check);
    }

    private void check(AccountStatus status) {
        if (status.account().kind() == EndpointKind.SIP && started.compareAndSet(false, true)) {
            StartupWork.start("switchboard-calls-start", this::enable); // the media engine's start: class loading, codecs
        }
    }

    private void enable() {
        try {
            MediaEngine media = setup.media().get();
            media.warmUp();
            PinnedDevices pins = PinnedDevices.start(media, setup.settings().get());
            Platform.runLater(() -> shell.enableCalls(media, pins));
        } catch (RuntimeException e) {
            LOG.warn("Calls could not be set up: {}", e.getMessage(), e);
        }
    }
}
