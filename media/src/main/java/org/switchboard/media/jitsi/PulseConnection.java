package org.switchboard.media.jitsi;

import static org.switchboard.media.jitsi.LibPulse.rethrow;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own client connection to the PulseAudio server (a threaded mainloop and a context), beside
 * libjitsi's. Operations run under the mainloop lock and wait for their callbacks; callbacks run on
 * the mainloop thread, must only record and {@link #signal()}, and must never throw (an exception
 * escaping an upcall ends the JVM). Once closed, {@link #locked} refuses to run rather than touch the
 * freed mainloop.
 */
final class PulseConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PulseConnection.class);

    /** Something to run with the mainloop lock held. */
    @FunctionalInterface
    interface Locked<T> {
        T run() throws Throwable;
    }

    final LibPulse pulse;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment mainloop;
    private final Runnable onFailure;
    /** Held shared around every locked action and exclusively by {@link #close()}: nothing runs on a freed mainloop. */
    private final ReadWriteLock lifetime = new ReentrantReadWriteLock();
    private MemorySegment context = MemorySegment.NULL;
    /** Set when closing starts: our own disconnect is no failure. */
    private volatile boolean closing;
    /** Set once the context is gone: nothing may lock the mainloop any more. */
    private volatile boolean closed;

    private PulseConnection(LibPulse pulse, Runnable onFailure) throws Throwable {
        this.pulse = pulse;
        this.onFailure = onFailure;
        this.mainloop = (MemorySegment) pulse.mainloopNew.invokeExact();
        if (mainloop.equals(MemorySegment.NULL) || (int) pulse.mainloopStart.invokeExact(mainloop) < 0) {
            throw new IllegalStateException("pa_threaded_mainloop could not start");
        }
    }

    /** Connects to the server libpulse finds ({@code PULSE_SERVER} or the user's); {@code onFailure} runs if it drops. */
    static PulseConnection open(String clientName, Runnable onFailure) throws Throwable {
        PulseConnection connection = new PulseConnection(new LibPulse(), onFailure);
        try {
            connection.connect(clientName);
            return connection;
        } catch (Throwable t) {
            connection.close();
            throw t;
        }
    }

    private void connect(String clientName) throws Throwable {
        MemorySegment stateCallback = upcall(this, "onContextState", LibPulse.CONTEXT_NOTIFY_CB);
        locked(() -> {
            MemorySegment api = (MemorySegment) pulse.mainloopGetApi.invokeExact(mainloop);
            context = (MemorySegment) pulse.contextNew.invokeExact(api, arena.allocateFrom(clientName));
            pulse.contextSetStateCallback.invokeExact(context, stateCallback, MemorySegment.NULL);
            if ((int) pulse.contextConnect.invokeExact(context, MemorySegment.NULL, LibPulse.CONTEXT_NOAUTOSPAWN,
                    MemorySegment.NULL) < 0) {
                throw new IllegalStateException("pa_context_connect failed");
            }
            int state;
            while ((state = (int) pulse.contextGetState.invokeExact(context)) != LibPulse.CONTEXT_READY) {
                if (state == LibPulse.CONTEXT_FAILED || state == LibPulse.CONTEXT_TERMINATED) {
                    throw new IllegalStateException("no PulseAudio server answered");
                }
                pulse.mainloopWait.invokeExact(mainloop);
            }
            return null;
        });
    }

    MemorySegment context() {
        return context;
    }

    MemorySegment upcall(Object owner, String method, FunctionDescriptor descriptor) {
        return pulse.upcall(owner, method, descriptor, arena);
    }

    /**
     * Runs {@code action} with the mainloop lock held; native failures come out as runtime exceptions,
     * and an {@link IllegalStateException} when the connection is closed.
     */
    <T> T locked(Locked<T> action) {
        lifetime.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the PulseAudio connection is closed");
            }
            pulse.mainloopLock.invokeExact(mainloop);
            try {
                return action.run();
            } finally {
                pulse.mainloopUnlock.invokeExact(mainloop);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        } finally {
            lifetime.readLock().unlock();
        }
    }

    /** Waits (the lock held) for the next {@link #signal()}, e.g. a state change. */
    void waitForSignal() throws Throwable {
        pulse.mainloopWait.invokeExact(mainloop);
    }

    /** Waits (the lock held) until {@code operation} is done, then releases it; a NULL operation failed at once. */
    void await(MemorySegment operation) throws Throwable {
        if (operation.equals(MemorySegment.NULL)) {
            return;
        }
        while ((int) pulse.operationGetState.invokeExact(operation) == LibPulse.OPERATION_RUNNING) {
            pulse.mainloopWait.invokeExact(mainloop);
        }
        pulse.operationUnref.invokeExact(operation);
    }

    /** Releases an operation whose outcome we do not wait for. */
    void release(MemorySegment operation) throws Throwable {
        if (!operation.equals(MemorySegment.NULL)) {
            pulse.operationUnref.invokeExact(operation);
        }
    }

    /** Wakes whoever waits in {@link #await}; for callbacks. */
    void signal() {
        try {
            pulse.mainloopSignal.invokeExact(mainloop, 0);
        } catch (Throwable t) {
            LOG.debug("pa_threaded_mainloop_signal failed", t);
        }
    }

    /** True while the connection is up (it drops when the server exits). */
    boolean isReady() {
        try {
            return !closing && (int) pulse.contextGetState.invokeExact(context) == LibPulse.CONTEXT_READY;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    void onContextState(MemorySegment ctx, MemorySegment userdata) {
        signal();
        try {
            int state = (int) pulse.contextGetState.invokeExact(ctx);
            if (!closing && (state == LibPulse.CONTEXT_FAILED || state == LibPulse.CONTEXT_TERMINATED)) {
                onFailure.run();
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio state callback failed", t);
        }
    }

    @Override
    public void close() {
        lifetime.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closing = true;
            try {
                if (!context.equals(MemorySegment.NULL)) {
                    locked(() -> {
                        pulse.contextDisconnect.invokeExact(context);
                        pulse.contextUnref.invokeExact(context);
                        return null;
                    });
                }
            } catch (RuntimeException e) {
                LOG.debug("Disconnecting from PulseAudio failed", e);
            }
            closed = true;
            try {
                pulse.mainloopStop.invokeExact(mainloop);
                pulse.mainloopFree.invokeExact(mainloop);
            } catch (Throwable t) {
                LOG.debug("Closing the PulseAudio connection failed", t);
            }
        } finally {
            lifetime.writeLock().unlock();
        }
        arena.close();
    }
}
