package org.switchboard.media.jitsi;

import java.util.Optional;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaException;

/** Rings on the NOTIFY device, on a thread of its own, until closed. */
final class Ringer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ringer.class);

    private final Thread thread;
    private volatile boolean ringing = true;

    private Ringer(AudioSystem audioSystem, Optional<String> device) {
        thread = Thread.ofPlatform().daemon().name("switchboard-ring").unstarted(() -> ring(audioSystem, device));
    }

    /** Rings on {@code device} (a PulseAudio sink name) or, when empty, on libjitsi's ringer device. */
    static Ringer start(AudioSystem audioSystem, Optional<String> device) throws MediaException {
        if (device.isEmpty() && audioSystem.getSelectedDevice(AudioSystemAccess.jitsi(DataFlow.NOTIFY)) == null) {
            throw new MediaException("There is no ringer device.", null);
        }
        Ringer ringer = new Ringer(audioSystem, device);
        ringer.thread.start();
        return ringer;
    }

    private void ring(AudioSystem audioSystem, Optional<String> device) {
        try {
            TonePlayer.play(audioSystem, DataFlow.NOTIFY, device, TonePlayer.Cadence.RING, () -> ringing);
        } catch (MediaException e) {
            LOG.warn("Ringing stopped: {}", e.getMessage());
        }
    }

    /** Stops ringing; returns when the ring has stopped (within a chunk of 20 ms, or 1 s at most). */
    @Override
    public void close() {
        ringing = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
