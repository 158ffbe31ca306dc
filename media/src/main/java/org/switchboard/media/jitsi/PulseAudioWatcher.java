package org.switchboard.media.jitsi;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the PulseAudio server over a {@link PulseConnection} of our own: it tells the default sink
 * and source, calls {@code onDevices} when a sink or source appears or disappears or the defaults
 * change (libjitsi's backend lists devices only at start-up and does not know the defaults), and
 * {@code onStreams} when a playback or recording stream appears (so the router can move it).
 * Both callbacks run on libpulse's thread and must only schedule work.
 */
final class PulseAudioWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PulseAudioWatcher.class);
    private static final int EVENTS = LibPulse.SUBSCRIPTION_MASK_SINK | LibPulse.SUBSCRIPTION_MASK_SOURCE
            | LibPulse.SUBSCRIPTION_MASK_SINK_INPUT | LibPulse.SUBSCRIPTION_MASK_SOURCE_OUTPUT
            | LibPulse.SUBSCRIPTION_MASK_SERVER;

    /** The server's default sink and source names ({@code spk}, {@code mic}); empty when none is set. */
    record Defaults(String sink, String source) {
        static final Defaults NONE = new Defaults("", "");
    }

    private final PulseConnection connection;
    private final Runnable onDevices;
    private final Runnable onStreams;
    private MemorySegment serverInfoCallback = MemorySegment.NULL;
    private volatile Defaults lastDefaults = Defaults.NONE;

    private PulseAudioWatcher(PulseConnection connection, Runnable onDevices, Runnable onStreams) {
        this.connection = connection;
        this.onDevices = onDevices;
        this.onStreams = onStreams;
    }

    /** Connects and subscribes; empty when there is no PulseAudio (or PipeWire-Pulse) server or no libpulse. */
    static Optional<PulseAudioWatcher> connect(Runnable onDevices, Runnable onStreams) {
        try {
            PulseConnection connection = PulseConnection.open("Switchboard device watcher", onDevices);
            PulseAudioWatcher watcher = new PulseAudioWatcher(connection, onDevices, onStreams);
            watcher.subscribe();
            return Optional.of(watcher);
        } catch (Throwable t) {
            LOG.info("No PulseAudio device watcher ({}); devices are listed again periodically instead", t.toString());
            return Optional.empty();
        }
    }

    private void subscribe() {
        serverInfoCallback = connection.upcall(this, "onServerInfo", LibPulse.SERVER_INFO_CB);
        MemorySegment eventCallback = connection.upcall(this, "onEvent", LibPulse.SUBSCRIBE_CB);
        LibPulse pulse = connection.pulse;
        connection.locked(() -> {
            pulse.contextSetSubscribeCallback.invokeExact(connection.context(), eventCallback, MemorySegment.NULL);
            connection.release((MemorySegment) pulse.contextSubscribe.invokeExact(connection.context(), EVENTS,
                    MemorySegment.NULL, MemorySegment.NULL));
            return null;
        });
    }

    PulseConnection connection() {
        return connection;
    }

    /** The current default sink and source; the last known ones when the server cannot be asked. */
    Defaults defaults() {
        if (!connection.isReady()) {
            return lastDefaults;
        }
        LibPulse pulse = connection.pulse;
        connection.locked(() -> {
            connection.await((MemorySegment) pulse.contextGetServerInfo.invokeExact(connection.context(),
                    serverInfoCallback, MemorySegment.NULL));
            return null;
        });
        return lastDefaults;
    }

    void onServerInfo(MemorySegment ctx, MemorySegment info, MemorySegment userdata) {
        try {
            if (!info.equals(MemorySegment.NULL)) {
                lastDefaults = new Defaults(LibPulse.string(info.get(LibPulse.C_STRING, LibPulse.DEFAULT_SINK_OFFSET)),
                        LibPulse.string(info.get(LibPulse.C_STRING, LibPulse.DEFAULT_SOURCE_OFFSET)));
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio server info unreadable", t);
        } finally {
            connection.signal();
        }
    }

    void onEvent(MemorySegment ctx, int event, int index, MemorySegment userdata) {
        try {
            int facility = event & LibPulse.EVENT_FACILITY_MASK;
            int type = event & LibPulse.EVENT_TYPE_MASK;
            if (facility == LibPulse.EVENT_SINK_INPUT || facility == LibPulse.EVENT_SOURCE_OUTPUT) {
                if (type == LibPulse.EVENT_NEW) {
                    onStreams.run();
                }
            } else if (facility == LibPulse.EVENT_SERVER || type != LibPulse.EVENT_CHANGE) {
                // A sink or source changes state whenever a stream starts or stops: only appearing and
                // disappearing devices and server changes (the defaults) are worth a refresh.
                onDevices.run();
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio event handling failed", t);
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
