package org.switchboard.media.jitsi;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.media.Buffer;
import javax.media.GainControl;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.NeomediaServiceUtils;
import org.jitsi.impl.neomedia.codec.AbstractCodec2;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferStream;
import org.jitsi.service.neomedia.BasicVolumeControl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audio stream of a {@link CallMicrophone}: each {@link #read} returns one {@value #FRAME_MS} ms
 * frame, which the server delivers as one fragment (one wake-up of the reading thread). Timestamps
 * and software gain (libjitsi's input volume) as libjitsi's PulseAudio capture does. Once its stream
 * failed (the sound server or the device went away) it says so once and delivers silence at the
 * frame rate, so the call goes on and FMJ's loop does not spin.
 *
 * <p>Its session's {@link MicrophoneCue} says when it captures: a stream on standby is connected but
 * paused, and its reads wait, until the cue says capture. When the cue says send now, the frame being
 * read returns at once: what was recorded so far after leading silence. Later frames wait for the
 * microphone as before, so this adds no delay; the peer's jitter buffer absorbs the one early frame.
 */
final class CallMicrophoneStream extends AbstractPullBufferStream<CallMicrophone> implements MicrophoneCue.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(CallMicrophoneStream.class);
    static final int FRAME_MS = 20;
    private static final long HELD_RECHECK_MS = 100;

    private final PulseCallStreams streams;
    private final Optional<String> source;
    private final MicrophoneCue cue;
    private final @Nullable GainControl gain;
    private @Nullable PulseStream stream;
    private int frameBytes;
    private volatile boolean failed;
    /** Between {@link #start} and {@link #stop}: a held read waits only while this is true. */
    private volatile boolean started;

    CallMicrophoneStream(CallMicrophone dataSource, FormatControl formatControl, PulseCallStreams streams,
                         Optional<String> source, MicrophoneCue cue) {
        super(dataSource, formatControl);
        this.streams = streams;
        this.source = source;
        this.cue = cue;
        MediaServiceImpl service = NeomediaServiceUtils.getMediaServiceImpl();
        this.gain = service == null ? null : (GainControl) service.getInputVolumeControl();
    }

    @Override
    public void start() throws IOException {
        synchronized (this) {
            if (stream == null) {
                PulseStream.Spec spec = spec();
                stream = PulseStream.recording(streams, spec, source, FRAME_MS);
                frameBytes = spec.bytes(FRAME_MS);
            }
        }
        started = true;
        super.start();
        cue.attach(this);
    }

    @Override
    public void capture() {
        PulseStream current = current();
        if (current == null || !started) {
            return;
        }
        try {
            current.cork(false);
        } catch (IOException e) {
            failed = true;
            LOG.warn("The call's microphone could not start, the call sends silence: {}", e.getMessage());
        }
        wakeHeldRead();
    }

    @Override
    public void sendNow() {
        PulseStream current = current();
        if (current != null) {
            current.flush();
        }
    }

    private PulseStream.Spec spec() {
        return PulseStream.Spec.of((AudioFormat) getFormat());
    }

    @Override
    public void stop() throws IOException {
        started = false;
        PulseStream current = current();
        if (current != null) {
            current.cork(true);
        }
        wakeHeldRead();
        super.stop();
    }

    private void wakeHeldRead() {
        synchronized (cue) {
            cue.notifyAll();
        }
    }

    @Override
    public void read(Buffer buffer) throws IOException {
        PulseStream current = current();
        if (current == null) {
            throw new IOException("the call's microphone is not started");
        }
        byte[] data = AbstractCodec2.validateByteArraySize(buffer, frameBytes, false);
        int length = failed ? silence(data) : awaitCapture() ? read(current, data) : 0;
        buffer.setFlags(Buffer.FLAG_SYSTEM_TIME);
        buffer.setOffset(0);
        buffer.setLength(length);
        buffer.setTimeStamp(System.nanoTime());
        if (gain != null && length > 0) {
            BasicVolumeControl.applyGain(gain, data, 0, length);
        }
    }

    /** Waits while the cue holds the microphone paused; false when the stream stopped or closed meanwhile. */
    private boolean awaitCapture() {
        synchronized (cue) {
            while (!cue.isCapturing() && started && current() != null && !Thread.currentThread().isInterrupted()) {
                try {
                    cue.wait(HELD_RECHECK_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return cue.isCapturing() && started;
    }

    private int read(PulseStream current, byte[] data) {
        try {
            int count = current.read(data, 0, frameBytes);
            if (count < frameBytes && !current.isCorked() && !Thread.currentThread().isInterrupted()) {
                return afterLeadingSilence(data, count); // flushed: this frame goes now
            }
            return count;
        } catch (IOException e) {
            failed = true;
            LOG.warn("The call's microphone stopped, the rest of the call sends silence: {}", e.getMessage());
            return silence(data);
        }
    }

    /** The {@code count} bytes recorded so far moved to the end of the frame, silence before them. */
    private int afterLeadingSilence(byte[] data, int count) {
        System.arraycopy(data, 0, data, frameBytes - count, count);
        Arrays.fill(data, 0, frameBytes - count, (byte) 0);
        return frameBytes;
    }

    /** A frame of silence, one frame's time after the last. */
    private int silence(byte[] data) {
        Arrays.fill(data, 0, frameBytes, (byte) 0);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FRAME_MS));
        return frameBytes;
    }

    private synchronized @Nullable PulseStream current() {
        return stream;
    }

    @Override
    public void close() {
        cue.detach(this);
        disconnect();
        wakeHeldRead();
        super.close();
    }

    /** Closes the PulseAudio stream (the data source disconnects). */
    void disconnect() {
        PulseStream current;
        synchronized (this) {
            current = stream;
            stream = null;
        }
        if (current != null) {
            current.close();
        }
    }
}
