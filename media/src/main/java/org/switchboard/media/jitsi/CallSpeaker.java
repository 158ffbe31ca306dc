package org.switchboard.media.jitsi;

import java.io.IOException;
import java.util.Optional;
import javax.media.Buffer;
import javax.media.Format;
import javax.media.GainControl;
import javax.media.ResourceUnavailableException;
import javax.media.format.AudioFormat;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.jmfext.media.renderer.audio.AbstractAudioRenderer;
import org.jitsi.service.neomedia.BasicVolumeControl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FMJ renderer that plays a call's received audio on a {@link PulseStream} of our own. Playing
 * starts once {@value #START_MS} ms are queued, and since frames then arrive as fast as they are
 * played, each is written whole as it comes (one write, no wait); the server takes up to
 * {@value #MAX_QUEUED_MS} ms ahead, so a burst of late packets is absorbed without a wait, and
 * beyond that the renderer waits for the server's requests of {@value #REQUEST_MS} ms (one frame)
 * and the jitter buffer holds the rest. libjitsi's renderer asks for a 20 ms buffer with the
 * server's own request size and writes each frame in pieces, waiting in between. Software gain from libjitsi's
 * output volume, as libjitsi's renderer does. Once its stream failed (the sound server or the
 * device went away) it says so once and drops what it is given, so FMJ's loop stays paced by the
 * arriving packets. Created per stream by {@link CallAudioDevice}.
 */
final class CallSpeaker extends AbstractAudioRenderer<AudioSystem> {
    private static final Logger LOG = LoggerFactory.getLogger(CallSpeaker.class);
    static final int START_MS = 40;
    static final int MAX_QUEUED_MS = 80;
    static final int REQUEST_MS = 20;
    private static final Format[] INPUT_FORMATS = {
        new AudioFormat(AudioFormat.LINEAR, Format.NOT_SPECIFIED, 16, Format.NOT_SPECIFIED, AudioFormat.LITTLE_ENDIAN,
                AudioFormat.SIGNED, Format.NOT_SPECIFIED, Format.NOT_SPECIFIED, Format.byteArray)
    };

    private final PulseCallStreams streams;
    private final Optional<String> sink;
    private @Nullable PulseStream stream;
    private volatile boolean failed;

    /** A renderer for {@code sink} (empty: the system's default speaker). */
    CallSpeaker(PulseCallStreams streams, Optional<String> sink) {
        super((AudioSystem) null, AudioSystem.DataFlow.PLAYBACK); // no libjitsi device selection to follow
        this.streams = streams;
        this.sink = sink;
    }

    @Override
    public String getName() {
        return "Switchboard call speaker (PulseAudio)";
    }

    @Override
    public Format[] getSupportedInputFormats() {
        return INPUT_FORMATS.clone();
    }

    @Override
    public synchronized void open() throws ResourceUnavailableException {
        if (stream == null) {
            try {
                stream = PulseStream.playback(streams, spec(), sink, MAX_QUEUED_MS, START_MS, REQUEST_MS);
            } catch (IOException e) {
                LOG.warn("The call's speaker did not open: {}", e.getMessage());
                ResourceUnavailableException failure = new ResourceUnavailableException(e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }
        super.open();
    }

    private PulseStream.Spec spec() {
        return PulseStream.Spec.of(inputFormat);
    }

    @Override
    public void start() {
        try {
            open();
            cork(false);
        } catch (ResourceUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        cork(true);
    }

    private void cork(boolean cork) {
        PulseStream current = current();
        if (current != null) {
            try {
                current.cork(cork);
            } catch (IOException e) {
                LOG.debug("Call speaker cork({}) failed: {}", cork, e.getMessage());
            }
        }
    }

    @Override
    public int process(Buffer buffer) {
        if (buffer.isDiscard() || buffer.getLength() <= 0) {
            return BUFFER_PROCESSED_OK;
        }
        PulseStream current = current();
        if (failed) {
            buffer.setLength(0);
            return BUFFER_PROCESSED_OK;
        }
        if (current == null || current.isCorked()) {
            return BUFFER_PROCESSED_FAILED;
        }
        byte[] data = (byte[]) buffer.getData();
        int offset = buffer.getOffset();
        int length = buffer.getLength();
        try {
            int count = current.awaitWritable(length);
            if (count <= 0) {
                return current.isCorked() ? BUFFER_PROCESSED_FAILED : BUFFER_PROCESSED_OK;
            }
            GainControl gain = getGainControl();
            if (gain != null) {
                BasicVolumeControl.applyGain(gain, data, offset, count);
            }
            current.write(data, offset, count);
            buffer.setOffset(offset + count);
            buffer.setLength(length - count);
            return count < length ? BUFFER_PROCESSED_OK | INPUT_BUFFER_NOT_CONSUMED : BUFFER_PROCESSED_OK;
        } catch (IOException e) {
            failed = true;
            LOG.warn("The call's speaker stopped, the rest of the call is not played: {}", e.getMessage());
            buffer.setLength(0);
            return BUFFER_PROCESSED_OK;
        }
    }

    private synchronized @Nullable PulseStream current() {
        return stream;
    }

    @Override
    public void close() {
        PulseStream current;
        synchronized (this) {
            current = stream;
            stream = null;
        }
        if (current != null) {
            current.close();
        }
        super.close();
    }
}
