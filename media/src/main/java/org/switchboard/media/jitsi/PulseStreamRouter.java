package org.switchboard.media.jitsi;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jitsi.impl.neomedia.device.PulseAudioSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.DataFlow;

/**
 * Puts our own PulseAudio streams on the pinned devices, as a mixer applet would: libjitsi's
 * selection stays on its "Default" entry for good (switching it while a renderer is open deadlocks
 * libjitsi's PulseAudio renderer, which waits on the mainloop lock it holds twice), and its streams,
 * named after their media role, are moved instead. Ours are those of libjitsi's client and of our
 * call streams' client ({@link PulseCallStreams}): {@code phone} recordings (CAPTURE), {@code phone}
 * playback (PLAYBACK) and {@code event} playback (NOTIFY). A stream moved onto a pin is moved back to the default device when the pin is lifted;
 * PulseAudio then lets it follow the default again.
 */
final class PulseStreamRouter {
    private static final Logger LOG = LoggerFactory.getLogger(PulseStreamRouter.class);
    private static final String PHONE = PulseAudioSystem.MEDIA_ROLE_PHONE;
    private static final String EVENT = PulseAudioSystem.MEDIA_ROLE_EVENT;

    /** One of libjitsi's streams: its index and media name (its role). */
    private record OwnStream(int index, String role) {}

    private final PulseConnection connection;
    private final Set<Integer> ownClients;
    private final List<OwnStream> found = new ArrayList<>();
    private final Set<DataFlow> movedAway = EnumSet.noneOf(DataFlow.class);
    private MemorySegment streamCallback = MemorySegment.NULL;

    private PulseStreamRouter(PulseConnection connection, Set<Integer> ownClients) {
        this.connection = connection;
        this.ownClients = ownClients;
    }

    /**
     * A router for libjitsi's streams and those of {@code callClient} (our call streams' client index,
     * when they have one); empty when libjitsi does not run on PulseAudio.
     */
    static Optional<PulseStreamRouter> create(PulseConnection connection, Optional<Integer> callClient) {
        PulseAudioSystem system = PulseAudioSystem.getPulseAudioSystem();
        if (system == null) {
            return Optional.empty();
        }
        try {
            MemorySegment jitsiContext = MemorySegment.ofAddress(system.getContext());
            int client = (int) connection.pulse.contextGetIndex.invokeExact(jitsiContext);
            Set<Integer> clients = callClient.map(calls -> Set.of(client, calls)).orElse(Set.of(client));
            PulseStreamRouter router = new PulseStreamRouter(connection, clients);
            router.streamCallback = connection.upcall(router, "onStream", LibPulse.STREAM_INFO_CB);
            return Optional.of(router);
        } catch (Throwable t) {
            LOG.info("Pinned devices cannot be applied to running streams: {}", t.toString());
            return Optional.empty();
        }
    }

    /**
     * Moves our streams of each flow onto {@code pinned} (flow to device name, present devices only),
     * and those of flows no longer pinned back onto the default sink or source. Runs on the engine thread.
     */
    synchronized void route(Map<DataFlow, String> pinned, PulseAudioWatcher.Defaults defaults) {
        if (!connection.isReady()) {
            return;
        }
        List<OwnStream> playback = list(false);
        List<OwnStream> recording = list(true);
        for (DataFlow flow : DataFlow.values()) {
            List<OwnStream> streams = flow == DataFlow.CAPTURE ? recording
                    : playback.stream().filter(s -> s.role().equals(flow == DataFlow.NOTIFY ? EVENT : PHONE)).toList();
            String target = pinned.get(flow);
            if (target != null) {
                movedAway.add(flow);
                move(streams, flow, target);
            } else if (movedAway.remove(flow)) {
                move(streams, flow, flow == DataFlow.CAPTURE ? defaults.source() : defaults.sink());
            }
        }
    }

    private List<OwnStream> list(boolean recording) {
        LibPulse pulse = connection.pulse;
        return connection.locked(() -> {
            found.clear();
            MemorySegment operation = recording
                    ? (MemorySegment) pulse.contextGetSourceOutputs.invokeExact(connection.context(), streamCallback, MemorySegment.NULL)
                    : (MemorySegment) pulse.contextGetSinkInputs.invokeExact(connection.context(), streamCallback, MemorySegment.NULL);
            connection.await(operation);
            return List.copyOf(found);
        });
    }

    private void move(List<OwnStream> streams, DataFlow flow, String device) {
        if (streams.isEmpty() || device.isEmpty()) {
            return;
        }
        LibPulse pulse = connection.pulse;
        connection.locked(() -> {
            try (Arena call = Arena.ofConfined()) {
                MemorySegment name = call.allocateFrom(device);
                for (OwnStream stream : streams) {
                    MemorySegment operation = flow == DataFlow.CAPTURE
                            ? (MemorySegment) pulse.contextMoveSourceOutput.invokeExact(connection.context(), stream.index(),
                                    name, MemorySegment.NULL, MemorySegment.NULL)
                            : (MemorySegment) pulse.contextMoveSinkInput.invokeExact(connection.context(), stream.index(),
                                    name, MemorySegment.NULL, MemorySegment.NULL);
                    connection.release(operation); // no callback: nothing would signal a wait
                }
            }
            return null;
        });
        LOG.debug("{} stream(s) of {} on {}", streams.size(), flow, device);
    }

    /** Upcall for each sink input or source output (then once more with {@code eol} set). */
    void onStream(MemorySegment ctx, MemorySegment info, int eol, MemorySegment userdata) {
        try {
            if (eol == 0 && !info.equals(MemorySegment.NULL)
                    && ownClients.contains(info.get(JAVA_INT, LibPulse.STREAM_CLIENT_OFFSET))) {
                found.add(new OwnStream(info.get(JAVA_INT, LibPulse.STREAM_INDEX_OFFSET),
                        LibPulse.string(info.get(LibPulse.C_STRING, LibPulse.STREAM_NAME_OFFSET))));
            }
        } catch (Throwable t) {
            LOG.debug("PulseAudio stream info unreadable", t);
        } finally {
            connection.signal();
        }
    }
}
