package org.switchboard.media.jitsi;

import static org.switchboard.media.jitsi.LibPulse.rethrow;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection of our own to the PulseAudio server: it tells the default sink and source, and calls
 * {@code onChange} when a sink or source appears or disappears or the defaults change. libjitsi's
 * PulseAudio backend lists devices only at start-up and does not know the defaults; this fills both gaps.
 *
 * <p>The callbacks run on libpulse's mainloop thread; they only record and signal, never call back
 * into PulseAudio, and never throw (an exception escaping an upcall would end the JVM).
 */
final class PulseAudioWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PulseAudioWatcher.class);

    /** The server's default sink and source names ({@code spk}, {@code mic}); empty when none is set. */
    record Defaults(String sink, String source) {
        static final Defaults NONE = new Defaults("", "");
    }

    private final LibPulse pulse;
    private final Runnable onChange;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment mainloop;
    private MemorySegment serverInfoCallback = MemorySegment.NULL;
    private MemorySegment context = MemorySegment.NULL;
    private volatile Defaults lastDefaults = Defaults.NONE;
    private volatile boolean closed;

    private PulseAudioWatcher(LibPulse pulse, Runnable onChange) throws Throwable {
        this.pulse = pulse;
        this.onChange = onChange;
        this.mainloop = (MemorySegment) pulse.mainloopNew.invokeExact();
        if (mainloop.equals(MemorySegment.NULL) || (int) pulse.mainloopStart.invokeExact(mainloop) < 0) {
            throw new IllegalStateException("pa_threaded_mainloop could not start");
        }
    }

    /** Connects to the server that libpulse finds ({@code PULSE_SERVER} or the user's); empty when there is none. */
    static Optional<PulseAudioWatcher> connect(Runnable onChange) {
        PulseAudioWatcher watcher = null;
        try {
            watcher = new PulseAudioWatcher(new LibPulse(), onChange);
            watcher.connectContext();
            return Optional.of(watcher);
        } catch (Throwable t) {
            LOG.info("No PulseAudio device watcher ({}); devices are re-listed periodically instead", t.toString());
            if (watcher != null) {
                watcher.close();
            }
            return Optional.empty();
        }
    }

    private void connectContext() throws Throwable {
        serverInfoCallback = pulse.upcall(this, "onServerInfo", LibPulse.SERVER_INFO_CB, arena);
        lock();
        try {
            MemorySegment api = (MemorySegment) pulse.mainloopGetApi.invokeExact(mainloop);
            context = (MemorySegment) pulse.contextNew.invokeExact(api, arena.allocateFrom("Switchboard device watcher"));
            MemorySegment stateCb = pulse.upcall(this, "onContextState", LibPulse.CONTEXT_NOTIFY_CB, arena);
            pulse.contextSetStateCallback.invokeExact(context, stateCb, MemorySegment.NULL);
            int connected = (int) pulse.contextConnect.invokeExact(context, MemorySegment.NULL, LibPulse.CONTEXT_NOAUTOSPAWN,
                    MemorySegment.NULL);
            if (connected < 0) {
                throw new IllegalStateException("pa_context_connect failed");
            }
            int state;
            while ((state = (int) pulse.contextGetState.invokeExact(context)) != LibPulse.CONTEXT_READY) {
                if (state == LibPulse.CONTEXT_FAILED || state == LibPulse.CONTEXT_TERMINATED) {
                    throw new IllegalStateException("no PulseAudio server answered");
                }
                pulse.mainloopWait.invokeExact(mainloop);
            }
            subscribe();
        } finally {
            unlock();
        }
    }

    private void subscribe() throws Throwable {
        MemorySegment eventCb = pulse.upcall(this, "onEvent", LibPulse.SUBSCRIBE_CB, arena);
        pulse.contextSetSubscribeCallback.invokeExact(context, eventCb, MemorySegment.NULL);
        int mask = LibPulse.SUBSCRIPTION_MASK_SINK | LibPulse.SUBSCRIPTION_MASK_SOURCE | LibPulse.SUBSCRIPTION_MASK_SERVER;
        MemorySegment operation = (MemorySegment) pulse.contextSubscribe.invokeExact(context, mask, MemorySegment.NULL,
                MemorySegment.NULL);
        if (!operation.equals(MemorySegment.NULL)) {
            pulse.operationUnref.invokeExact(operation);
        }
    }

    /** The current default sink and source; the last known ones when the server cannot be asked. */
    Defaults defaults() {
        if (closed || !isConnected()) {
            return lastDefaults;
        }
        try {
            lock();
            try {
                MemorySegment operation = (MemorySegment) pulse.contextGetServerInfo.invokeExact(context, serverInfoCallback,
                        MemorySegment.NULL);
                if (operation.equals(MemorySegment.NULL)) {
                    return lastDefaults;
                }
                while ((int) pulse.operationGetState.invokeExact(operation) == LibPulse.OPERATION_RUNNING) {
                    pulse.mainloopWait.invokeExact(mainloop);
                }
                pulse.operationUnref.invokeExact(operation);
            } finally {
                unlock();
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
        return lastDefaults;
    }

    /** True while our connection to the server is up (it drops when the server exits). */
    boolean isConnected() {
        try {
            return !closed && (int) pulse.contextGetState.invokeExact(context) == LibPulse.CONTEXT_READY;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // Upcalls from libpulse's mainloop thread: record, signal, never throw.

    void onContextState(MemorySegment ctx, MemorySegment userdata) {
        signal();
        try {
            int state = (int) pulse.contextGetState.invokeExact(ctx);
            if (state == LibPulse.CONTEXT_FAILED || state == LibPulse.CONTEXT_TERMINATED) {
                onChange.run();
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio state callback failed", t);
        }
    }

    void onServerInfo(MemorySegment ctx, MemorySegment info, MemorySegment userdata) {
        try {
            if (!info.equals(MemorySegment.NULL)) {
                lastDefaults = new Defaults(LibPulse.string(info.get(LibPulse.C_STRING_LAYOUT, LibPulse.DEFAULT_SINK_OFFSET)),
                        LibPulse.string(info.get(LibPulse.C_STRING_LAYOUT, LibPulse.DEFAULT_SOURCE_OFFSET)));
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio server info unreadable", t);
        } finally {
            signal();
        }
    }

    void onEvent(MemorySegment ctx, int event, int index, MemorySegment userdata) {
        try {
            int facility = event & LibPulse.EVENT_FACILITY_MASK;
            boolean change = (event & LibPulse.EVENT_TYPE_MASK) == LibPulse.EVENT_CHANGE;
            // A sink or source changes state whenever a stream starts or stops: only appearing and
            // disappearing devices and server changes (the defaults) are worth a refresh.
            if (facility == LibPulse.EVENT_SERVER || !change) {
                onChange.run();
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio event handling failed", t);
        }
    }

    private void signal() {
        try {
            pulse.mainloopSignal.invokeExact(mainloop, 0);
        } catch (Throwable t) {
            LOG.debug("pa_threaded_mainloop_signal failed", t);
        }
    }

    private void lock() throws Throwable {
        pulse.mainloopLock.invokeExact(mainloop);
    }

    private void unlock() throws Throwable {
        pulse.mainloopUnlock.invokeExact(mainloop);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!context.equals(MemorySegment.NULL)) {
                lock();
                try {
                    pulse.contextDisconnect.invokeExact(context);
                    pulse.contextUnref.invokeExact(context);
                } finally {
                    unlock();
                }
            }
            pulse.mainloopStop.invokeExact(mainloop);
            pulse.mainloopFree.invokeExact(mainloop);
        } catch (Throwable t) {
            LOG.debug("Closing the PulseAudio watcher failed", t);
        }
        arena.close();
    }
}
