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
 */
final class CallMicrophoneStream extends AbstractPullBufferStream<CallMicrophone> {
    private static final Logger LOG = LoggerFactory.getLogger(CallMicrophoneStream.class);
    static final int FRAME_MS = 20;

    private final PulseCallStreams streams;
    private final Optional<String> source;
    private final @Nullable GainControl gain;
    private @Nullable PulseStream stream;
    private int frameBytes;
    private volatile boolean failed;

    CallMicrophoneStream(CallMicrophone dataSource, FormatControl formatControl, PulseCallStreams streams,
                         Optional<String> source) {
        super(dataSource, formatControl);
        this.streams = streams;
        this.source = source;
        MediaServiceImpl service = NeomediaServiceUtils.getMediaServiceImpl();
        this.gain = service == null ? null : (GainControl) service.getInputVolumeControl();
    }

    @Override
    public void start() throws IOException {
        PulseStream current;
        synchronized (this) {
            if (stream == null) {
                PulseStream.Spec spec = spec();
                stream = PulseStream.recording(streams, spec, source, FRAME_MS);
                frameBytes = spec.bytes(FRAME_MS);
            }
            current = stream;
        }
        current.cork(false);
        super.start();
    }

    private PulseStream.Spec spec() {
        return PulseStream.Spec.of((AudioFormat) getFormat());
    }

    @Override
    public void stop() throws IOException {
        PulseStream current = current();
        if (current != null) {
            current.cork(true);
        }
        super.stop();
    }

    @Override
    public void read(Buffer buffer) throws IOException {
        PulseStream current = current();
        if (current == null) {
            throw new IOException("the call's microphone is not started");
        }
        byte[] data = AbstractCodec2.validateByteArraySize(buffer, frameBytes, false);
        int length = failed ? silence(data) : read(current, data);
        buffer.setFlags(Buffer.FLAG_SYSTEM_TIME);
        buffer.setOffset(0);
        buffer.setLength(length);
        buffer.setTimeStamp(System.nanoTime());
        if (gain != null && length > 0) {
            BasicVolumeControl.applyGain(gain, data, 0, length);
        }
    }

    private int read(PulseStream current, byte[] data) {
        try {
            return current.read(data, 0, frameBytes);
        } catch (IOException e) {
            failed = true;
            LOG.warn("The call's microphone stopped, the rest of the call sends silence: {}", e.getMessage());
            return silence(data);
        }
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
        disconnect();
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
