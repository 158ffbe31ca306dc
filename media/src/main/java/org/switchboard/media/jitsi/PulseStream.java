package org.switchboard.media.jitsi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.media.Format;
import org.jitsi.impl.neomedia.MediaUtils;
import org.jitsi.impl.neomedia.device.PulseAudioSystem;
import org.jspecify.annotations.Nullable;

/**
 * One PulseAudio playback or recording stream of a call, 16-bit signed little-endian, on
 * {@link PulseCallStreams}' connection. The buffer is sized for whole frames: playback keeps a
 * target fill and is asked for data one frame at a time, recording delivers one frame per fragment,
 * so each frame costs one wake-up of the thread that waits for this stream and no other.
 *
 * <p>Playback: {@link #awaitWritable} then {@link #write}, on one thread. Recording: {@link #read}, on
 * one thread. {@link #cork}, {@link #close} from any thread; both wake a waiting reader or writer, and
 * so does {@link #flush} (recording), which makes the reader return what is there.
 * A stream that failed (server gone, device removed without a fallback) or was closed gives an
 * {@link IOException} rather than a hang: waits re-check the stream's state every {@value #RECHECK_MS} ms.
 */
final class PulseStream implements AutoCloseable {
    private static final long RECHECK_MS = 100;
    /** Recorded audio kept beyond a read's length for a reader that fell behind; older audio is dropped. */
    private static final int MAX_PENDING_MS = 200;
    private static final String ROLE = PulseAudioSystem.MEDIA_ROLE_PHONE;
    private static final int FAILED = -1;
    private static final int CORKED = 0;
    private static final int OK = 1;

    enum Direction { PLAYBACK, RECORD }

    /** The sample format: rate and channels of 16-bit samples. */
    record Spec(int sampleRate, int channels) {
        /** The rate and channels of an FMJ format; what it leaves open as libjitsi's PulseAudio streams choose. */
        static Spec of(javax.media.format.@Nullable AudioFormat format) {
            double rate = format == null ? Format.NOT_SPECIFIED : format.getSampleRate();
            int channels = format == null ? Format.NOT_SPECIFIED : format.getChannels();
            return new Spec(rate == Format.NOT_SPECIFIED ? (int) MediaUtils.MAX_AUDIO_SAMPLE_RATE : (int) rate,
                    channels == Format.NOT_SPECIFIED ? 1 : channels);
        }

        int bytes(int millis) {
            return (int) ((long) sampleRate * millis / 1000) * channels * 2;
        }
    }

    private final PulseCallStreams owner;
    private final PulseConnection connection;
    private final LibPulse pulse;
    private final Direction direction;
    private final Spec spec;
    private final long id;
    private final StreamWakeup wakeup = new StreamWakeup();
    private final Arena memory = Arena.ofAuto();
    private MemorySegment stream = MemorySegment.NULL;
    private volatile boolean corked = true;
    private volatile boolean closed;
    /** Recording: the running or next {@link #read} returns what is there without waiting for the rest. */
    private final AtomicBoolean flushing = new AtomicBoolean();
    /** What the waiting thread needs before it can go on (bytes readable or writable); 0 when none waits. */
    private volatile long awaited;
    /** Playback: the least a write waits for (one request); recording: unused. */
    private int requestBytes;
    private MemorySegment nativeBuffer = MemorySegment.NULL;
    private final MemorySegment peekData = memory.allocate(ADDRESS);
    private final MemorySegment peekLength = memory.allocate(JAVA_LONG);
    private byte[] pending = new byte[0];
    private int pendingLength;

    private PulseStream(PulseCallStreams owner, Direction direction, Spec spec) {
        this.owner = owner;
        this.connection = owner.connection();
        this.pulse = connection.pulse;
        this.direction = direction;
        this.spec = spec;
        this.id = owner.register(this);
    }

    /**
     * A corked playback stream on {@code sink} (empty: the server's choice) that takes at most
     * {@code maxQueuedMs} ahead, starts playing once {@code startMs} are queued, and asks for data
     * {@code requestMs} at a time.
     */
    static PulseStream playback(PulseCallStreams owner, Spec spec, Optional<String> sink, int maxQueuedMs, int startMs,
                                int requestMs) throws IOException {
        PulseStream stream = new PulseStream(owner, Direction.PLAYBACK, spec);
        stream.requestBytes = spec.bytes(requestMs);
        return stream.connect(sink, Buffering.playback(spec.bytes(maxQueuedMs), spec.bytes(startMs), stream.requestBytes));
    }

    /** A corked recording stream from {@code source} (empty: the server's choice) delivering {@code fragmentMs} at a time. */
    static PulseStream recording(PulseCallStreams owner, Spec spec, Optional<String> source, int fragmentMs) throws IOException {
        PulseStream stream = new PulseStream(owner, Direction.RECORD, spec);
        stream.pending = new byte[spec.bytes(MAX_PENDING_MS)];
        return stream.connect(source, Buffering.recording(spec.bytes(fragmentMs)));
    }

    StreamWakeup wakeup() {
        return wakeup;
    }

    /**
     * From the request callback ({@code bytes}: now writable, or readable): wakes the waiting thread
     * only once what it waits for is there (a 20 ms frame may come in several fragments).
     */
    void onRequest(long bytes) {
        if (bytes >= awaited) {
            wakeup.signal();
        }
    }

    /** The {@code pa_buffer_attr} asked for, in bytes ({@link LibPulse#DEFAULT_METRIC}: the server's choice). */
    private record Buffering(int tlength, int prebuf, int minreq, int fragsize) {
        /** Playback: at most {@code maxQueued} ahead, playing from {@code start} queued on, requests of {@code request}. */
        static Buffering playback(int maxQueued, int start, int request) {
            return new Buffering(maxQueued, start, request, LibPulse.DEFAULT_METRIC);
        }

        /** Recording: delivered {@code fragment} at a time. */
        static Buffering recording(int fragment) {
            return new Buffering(LibPulse.DEFAULT_METRIC, LibPulse.DEFAULT_METRIC, LibPulse.DEFAULT_METRIC, fragment);
        }
    }

    private PulseStream connect(Optional<String> device, Buffering buffering) throws IOException {
        try {
            connection.locked(() -> {
                create();
                try (Arena call = Arena.ofConfined()) {
                    MemorySegment attr = call.allocate(LibPulse.BUFFER_ATTR);
                    attr.set(JAVA_INT, field("maxlength"), LibPulse.DEFAULT_METRIC);
                    attr.set(JAVA_INT, field("tlength"), buffering.tlength());
                    attr.set(JAVA_INT, field("prebuf"), buffering.prebuf());
                    attr.set(JAVA_INT, field("minreq"), buffering.minreq());
                    attr.set(JAVA_INT, field("fragsize"), buffering.fragsize());
                    MemorySegment name = device.filter(d -> !d.isEmpty()).map(call::allocateFrom).orElse(MemorySegment.NULL);
                    int flags = LibPulse.STREAM_START_CORKED | LibPulse.STREAM_ADJUST_LATENCY;
                    int result = direction == Direction.PLAYBACK
                            ? (int) pulse.streamConnectPlayback.invokeExact(stream, name, attr, flags, MemorySegment.NULL,
                                    MemorySegment.NULL)
                            : (int) pulse.streamConnectRecord.invokeExact(stream, name, attr, flags);
                    if (result < 0) {
                        throw new IllegalStateException("the server refused the stream");
                    }
                }
                int state;
                while ((state = (int) pulse.streamGetState.invokeExact(stream)) != LibPulse.STREAM_READY) {
                    if (state == LibPulse.STREAM_FAILED || state == LibPulse.STREAM_TERMINATED) {
                        throw new IllegalStateException("the server ended the stream (no such device?)");
                    }
                    connection.waitForSignal();
                }
                return null;
            });
            return this;
        } catch (RuntimeException e) {
            close();
            throw new IOException("PulseAudio " + direction.name().toLowerCase(Locale.ROOT) + " stream on "
                    + device.filter(d -> !d.isEmpty()).orElse("the default device") + " did not open: " + e.getMessage(), e);
        }
    }

    /** Creates the stream with its format, role and callbacks; the mainloop lock held. */
    private void create() throws Throwable {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment sampleSpec = call.allocate(LibPulse.SAMPLE_SPEC);
            sampleSpec.set(JAVA_INT, 0, LibPulse.SAMPLE_S16LE);
            sampleSpec.set(JAVA_INT, 4, spec.sampleRate());
            sampleSpec.set(JAVA_BYTE, 8, (byte) spec.channels());
            MemorySegment properties = (MemorySegment) pulse.proplistNew.invokeExact();
            try {
                int ignored = (int) pulse.proplistSets.invokeExact(properties, call.allocateFrom(LibPulse.PROP_MEDIA_ROLE),
                        call.allocateFrom(ROLE));
                stream = (MemorySegment) pulse.streamNew.invokeExact(connection.context(), call.allocateFrom(ROLE), sampleSpec,
                        MemorySegment.NULL, properties);
            } finally {
                pulse.proplistFree.invokeExact(properties);
            }
        }
        if (stream.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("pa_stream_new failed");
        }
        MemorySegment userdata = MemorySegment.ofAddress(id);
        pulse.streamSetStateCallback.invokeExact(stream, owner.stateCallback(), userdata);
        if (direction == Direction.PLAYBACK) {
            pulse.streamSetWriteCallback.invokeExact(stream, owner.requestCallback(), userdata);
        } else {
            pulse.streamSetReadCallback.invokeExact(stream, owner.requestCallback(), userdata);
        }
    }

    /** Pauses ({@code true}) or resumes the stream; a waiting reader or writer returns. */
    void cork(boolean cork) throws IOException {
        try {
            connection.locked(() -> {
                if (stream.equals(MemorySegment.NULL)) {
                    return null;
                }
                connection.release((MemorySegment) pulse.streamCork.invokeExact(stream, cork ? 1 : 0, MemorySegment.NULL,
                        MemorySegment.NULL));
                corked = cork;
                return null;
            });
        } catch (RuntimeException e) {
            throw new IOException("PulseAudio stream could not be " + (cork ? "paused" : "resumed") + ": " + e.getMessage(), e);
        } finally {
            wakeup.signal();
        }
    }

    boolean isCorked() {
        return corked;
    }

    /**
     * Waits until at least one request's worth (or all of {@code wanted}, if less) can be written and
     * tells how much of {@code wanted} can; 0 when the stream is paused or the thread interrupted.
     */
    int awaitWritable(int wanted) throws IOException {
        int least = Math.min(wanted, requestBytes);
        while (true) {
            long writable = locked(() -> {
                int status = status();
                return status == OK ? (long) pulse.streamWritableSize.invokeExact(stream) : status;
            });
            if (writable < 0) {
                throw failure();
            }
            if (corked || Thread.currentThread().isInterrupted()) {
                return 0;
            }
            if (writable >= least) {
                awaited = 0;
                return (int) Math.min(writable, wanted);
            }
            awaited = least;
            wakeup.await(RECHECK_MS);
        }
    }

    /** Writes {@code length} bytes that {@link #awaitWritable} said fit. */
    void write(byte[] data, int offset, int length) throws IOException {
        int result = locked(() -> {
            if (status() == FAILED) {
                return FAILED;
            }
            if (nativeBuffer.byteSize() < length) {
                nativeBuffer = memory.allocate(length);
            }
            MemorySegment.copy(data, offset, nativeBuffer, JAVA_BYTE, 0, length);
            return (int) pulse.streamWrite.invokeExact(stream, nativeBuffer, (long) length, MemorySegment.NULL, 0L,
                    LibPulse.SEEK_RELATIVE);
        });
        if (result < 0) {
            throw failure();
        }
    }

    /**
     * Recording: the running {@link #read}, or the next one if none runs, returns at once with what
     * has been recorded, maybe nothing.
     */
    void flush() {
        flushing.set(true);
        wakeup.signal();
    }

    /**
     * Reads {@code length} bytes of recorded audio into {@code into}, waiting for them; fewer (maybe
     * none) when the stream is paused, the thread interrupted or the read {@link #flush}ed.
     */
    int read(byte[] into, int offset, int length) throws IOException {
        if (pending.length < length) {
            pending = Arrays.copyOf(pending, length + spec.bytes(MAX_PENDING_MS));
        }
        while (pendingLength < length) {
            int status = locked(this::drain);
            if (status == FAILED) {
                throw failure();
            }
            if (status == CORKED || pendingLength >= length || Thread.currentThread().isInterrupted()
                    || flushing.getAndSet(false)) {
                break;
            }
            awaited = length - pendingLength;
            wakeup.await(RECHECK_MS);
        }
        awaited = 0;
        int count = Math.min(length, pendingLength);
        System.arraycopy(pending, 0, into, offset, count);
        pendingLength -= count;
        System.arraycopy(pending, count, pending, 0, pendingLength);
        return count;
    }

    /** Moves what the server recorded into {@link #pending}; the mainloop lock held. */
    private int drain() throws Throwable {
        int status = status();
        if (status != OK) {
            return status;
        }
        while ((long) pulse.streamReadableSize.invokeExact(stream) > 0) {
            if ((int) pulse.streamPeek.invokeExact(stream, peekData, peekLength) < 0) {
                return FAILED;
            }
            int count = (int) peekLength.get(JAVA_LONG, 0);
            if (count == 0) {
                break;
            }
            keep(peekData.get(ADDRESS, 0), count);
            int dropped = (int) pulse.streamDrop.invokeExact(stream);
        }
        return OK;
    }

    /** Appends recorded bytes (a hole, NULL data, as silence), dropping the oldest beyond the limit. */
    private void keep(MemorySegment data, int count) {
        int room = pending.length - pendingLength;
        if (count > room) {
            int drop = Math.min(pendingLength, count - room);
            System.arraycopy(pending, drop, pending, 0, pendingLength - drop);
            pendingLength -= drop;
        }
        int taken = Math.min(count, pending.length - pendingLength);
        if (data.equals(MemorySegment.NULL)) {
            Arrays.fill(pending, pendingLength, pendingLength + taken, (byte) 0);
        } else {
            MemorySegment.copy(data.reinterpret(count), JAVA_BYTE, count - taken, pending, pendingLength, taken);
        }
        pendingLength += taken;
    }

    /** OK, CORKED, or FAILED when closed or no longer ready; the mainloop lock held. */
    private int status() throws Throwable {
        if (closed || stream.equals(MemorySegment.NULL)
                || (int) pulse.streamGetState.invokeExact(stream) != LibPulse.STREAM_READY) {
            return FAILED;
        }
        return corked ? CORKED : OK;
    }

    private <T> T locked(PulseConnection.Locked<T> action) throws IOException {
        try {
            return connection.locked(action);
        } catch (RuntimeException e) {
            throw new IOException("PulseAudio " + direction.name().toLowerCase(Locale.ROOT) + " failed: "
                    + e.getMessage(), e);
        }
    }

    private IOException failure() {
        return new IOException(closed ? "the PulseAudio stream is closed"
                : "the PulseAudio " + direction.name().toLowerCase(Locale.ROOT)
                        + " stream failed (the sound server or the device went away)");
    }

    private static long field(String name) {
        return LibPulse.BUFFER_ATTR.byteOffset(MemoryLayout.PathElement.groupElement(name));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.locked(() -> {
                if (!stream.equals(MemorySegment.NULL)) {
                    pulse.streamSetStateCallback.invokeExact(stream, MemorySegment.NULL, MemorySegment.NULL);
                    pulse.streamSetWriteCallback.invokeExact(stream, MemorySegment.NULL, MemorySegment.NULL);
                    pulse.streamSetReadCallback.invokeExact(stream, MemorySegment.NULL, MemorySegment.NULL);
                    int ignored = (int) pulse.streamDisconnect.invokeExact(stream);
                    pulse.streamUnref.invokeExact(stream);
                    stream = MemorySegment.NULL;
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the connection is already closed: the server dropped the stream with it
        } finally {
            owner.unregister(id);
            wakeup.signal();
        }
    }
}
