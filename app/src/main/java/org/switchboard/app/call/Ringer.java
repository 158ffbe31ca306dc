package org.switchboard.app.call;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.media.MediaEngine;

/**
 * The ring of one incoming call on the ringer device. Starting and stopping touch the sound system,
 * so both run in the background; a stop that comes before the ring started ends it as soon as it has.
 * A ringer that cannot ring is logged: the dialog still shows the call.
 */
final class Ringer {
    private static final Logger LOG = LoggerFactory.getLogger(Ringer.class);

    private final MediaEngine media;
    private final TaskRunner tasks;
    private @Nullable AutoCloseable ring;
    private boolean started;
    private boolean stopped;

    Ringer(MediaEngine media, TaskRunner tasks) {
        this.media = media;
        this.tasks = tasks;
    }

    /** Starts ringing (once). */
    void start() {
        if (started || stopped) {
            return;
        }
        started = true;
        tasks.run(media::ring, handle -> {
            ring = handle;
            if (stopped) {
                silence();
            }
        }, failure -> LOG.warn("Cannot ring: {}", failure.toString()));
    }

    /** Stops ringing; later calls do nothing. */
    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        silence();
    }

    private void silence() {
        AutoCloseable handle = ring;
        ring = null;
        if (handle != null) {
            tasks.run(() -> {
                handle.close();
                return handle;
            }, closed -> { }, failure -> LOG.warn("Could not stop ringing: {}", failure.toString()));
        }
    }
}
