package org.switchboard.media.jitsi;

import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own PulseAudio connection for the calls' playback and recording streams (libjitsi's keeps the
 * ringer, the test tone and the meter). All its streams share one callback of each kind; the
 * callback tells the stream named by its user data, which wakes only the thread waiting for that
 * stream ({@link StreamWakeup}).
 */
final class PulseCallStreams implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PulseCallStreams.class);

    private final PulseConnection connection;
    private final Map<Long, PulseStream> streams = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final MemorySegment stateCallback;
    private final MemorySegment requestCallback;

    private PulseCallStreams(PulseConnection connection) {
        this.connection = connection;
        this.stateCallback = connection.upcall(this, "onState", LibPulse.STREAM_NOTIFY_CB);
        this.requestCallback = connection.upcall(this, "onRequest", LibPulse.STREAM_REQUEST_CB);
    }

    /** Connects to the PulseAudio server; fails when there is none. */
    static PulseCallStreams open() throws Throwable {
        return new PulseCallStreams(PulseConnection.open("Switchboard calls", () -> LOG.warn("The PulseAudio server "
                + "went away: calls have no sound until Switchboard is started again")));
    }

    /** The connection's client index on the server (to find its streams in the server's lists). */
    int clientIndex() {
        return connection.locked(() -> (int) connection.pulse.contextGetIndex.invokeExact(connection.context()));
    }

    PulseConnection connection() {
        return connection;
    }

    MemorySegment stateCallback() {
        return stateCallback;
    }

    MemorySegment requestCallback() {
        return requestCallback;
    }

    /** Registers a stream; its id is the user data its callbacks carry. */
    long register(PulseStream stream) {
        long id = lastId.incrementAndGet();
        streams.put(id, stream);
        return id;
    }

    void unregister(long id) {
        streams.remove(id);
    }

    /** Upcall on the mainloop thread when a stream's state changes: its waiter and set-up waits wake. */
    void onState(MemorySegment stream, MemorySegment userdata) {
        wake(userdata);
        connection.signal();
    }

    /** Upcall on the mainloop thread when a stream wants data (playback) or has data (recording). */
    void onRequest(MemorySegment stream, long bytes, MemorySegment userdata) {
        try {
            PulseStream target = streams.get(userdata.address());
            if (target != null) {
                target.onRequest(bytes);
            }
        } catch (RuntimeException e) {
            LOG.debug("Waking a PulseAudio stream failed", e); // an exception escaping an upcall ends the JVM
        }
    }

    private void wake(MemorySegment userdata) {
        try {
            PulseStream target = streams.get(userdata.address());
            if (target != null) {
                target.wakeup().signal();
            }
        } catch (RuntimeException e) {
            LOG.debug("Waking a PulseAudio stream failed", e); // an exception escaping an upcall ends the JVM
        }
    }

    boolean isConnected() {
        return connection.isReady();
    }

    @Override
    public void close() {
        connection.close();
    }
}
