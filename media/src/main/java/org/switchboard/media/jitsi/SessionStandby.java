package org.switchboard.media.jitsi;

import java.net.InetAddress;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.media.AudioFormat;

/**
 * At most one call session kept ready ahead of the next call (the engine's standby): ports bound,
 * stream started for the likely codec, microphone paused. The next new session on the same address
 * with the same devices takes it; a newer standby replaces it; closing closes it. Thread-safe.
 */
final class SessionStandby implements AutoCloseable {
    /** What a standby was made for: the local address, the codec, and the devices (see the engine). */
    record Made(InetAddress address, AudioFormat codec, String devices) {}

    private @Nullable JitsiMediaSession session;
    private @Nullable Made made;

    /** Whether a session stands by, made as {@code wanted}. */
    synchronized boolean holds(Made wanted) {
        return session != null && wanted.equals(made) && session.standsByFor(wanted.codec());
    }

    /** The codec of the session standing by on {@code address}, if one does. */
    synchronized Optional<AudioFormat> codecOn(InetAddress address) {
        return made != null && made.address().equals(address) ? Optional.of(made.codec()) : Optional.empty();
    }

    /** Keeps {@code standing} (made as {@code as}) in place of the one before, which closes. */
    void put(Made as, JitsiMediaSession standing) {
        JitsiMediaSession before;
        synchronized (this) {
            before = session;
            session = standing;
            made = as;
        }
        if (before != null) {
            before.close();
        }
    }

    /**
     * The standing-by session for a call on {@code address} with {@code devices}, which then stands by
     * no more; empty when there is none for them (one made for others closes).
     */
    Optional<JitsiMediaSession> take(InetAddress address, String devices) {
        JitsiMediaSession taken;
        Made takenAs;
        synchronized (this) {
            taken = session;
            takenAs = made;
            session = null;
            made = null;
        }
        if (taken == null || takenAs == null) {
            return Optional.empty();
        }
        if (takenAs.address().equals(address) && takenAs.devices().equals(devices)) {
            return Optional.of(taken);
        }
        taken.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        take(InetAddress.getLoopbackAddress(), "").ifPresent(JitsiMediaSession::close);
    }
}
