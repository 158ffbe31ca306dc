package org.switchboard.media.jitsi;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import javax.media.Buffer;
import javax.media.Manager;
import javax.media.NoDataSourceException;
import javax.media.control.FormatControl;
import javax.media.format.AudioFormat;
import javax.media.protocol.CaptureDevice;
import javax.media.protocol.PullBufferDataSource;
import javax.media.protocol.PullBufferStream;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferCaptureDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.MediaException;

/**
 * Reads the selected microphone directly (not through a call) and reports its level about 20
 * times a second: the RMS of each 50 ms in dBFS, mapped from -60..0 dB onto 0..1.
 */
final class MicrophoneMeter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MicrophoneMeter.class);
    private static final int SAMPLE_RATE = 48000;
    private static final int WINDOW_SAMPLES = SAMPLE_RATE / 20;
    private static final double FLOOR_DB = -60;

    private final PullBufferDataSource source;
    private final DoubleConsumer level;
    private final Executor events;
    private final Thread reader;
    private volatile boolean running = true;

    private MicrophoneMeter(PullBufferDataSource source, DoubleConsumer level, Executor events) {
        this.source = source;
        this.level = level;
        this.events = events;
        this.reader = Thread.ofPlatform().daemon().name("switchboard-mic-meter").unstarted(this::readLoop);
    }

    static MicrophoneMeter start(CaptureDeviceInfo2 microphone, DoubleConsumer level, Executor events) throws MediaException {
        try {
            CaptureDevice device = (CaptureDevice) Manager.createDataSource(microphone.getLocator());
            if (device instanceof AbstractPullBufferCaptureDevice pull) {
                pull.setCaptureDeviceInfo(microphone);
            }
            for (FormatControl control : device.getFormatControls()) {
                control.setFormat(new AudioFormat(AudioFormat.LINEAR, SAMPLE_RATE, 16, 1, AudioFormat.LITTLE_ENDIAN,
                        AudioFormat.SIGNED));
            }
            PullBufferDataSource source = (PullBufferDataSource) device;
            source.connect();
            source.start();
            MicrophoneMeter meter = new MicrophoneMeter(source, level, events);
            meter.reader.start();
            return meter;
        } catch (IOException | NoDataSourceException | ClassCastException e) {
            throw new MediaException("The microphone cannot be opened.", e);
        }
    }

    private void readLoop() {
        PullBufferStream stream = source.getStreams()[0];
        Buffer buffer = new Buffer();
        double sumOfSquares = 0;
        int samples = 0;
        try {
            while (running) {
                stream.read(buffer);
                byte[] data = (byte[]) buffer.getData();
                for (int i = buffer.getOffset(); data != null && i + 1 < buffer.getOffset() + buffer.getLength(); i += 2) {
                    double sample = (short) ((data[i] & 0xFF) | (data[i + 1] << 8));
                    sumOfSquares += sample * sample;
                    if (++samples == WINDOW_SAMPLES) {
                        report(Math.sqrt(sumOfSquares / samples));
                        sumOfSquares = 0;
                        samples = 0;
                    }
                }
            }
        } catch (IOException e) {
            if (running) {
                LOG.warn("The microphone meter stopped: {}", e.toString());
            }
        }
    }

    private void report(double rms) {
        double db = rms <= 0 ? FLOOR_DB : 20 * Math.log10(rms / Short.MAX_VALUE);
        double value = Math.clamp((db - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0);
        events.execute(() -> level.accept(value));
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            source.stop();
        } catch (IOException e) {
            LOG.debug("Stopping the microphone meter failed", e);
        }
        source.disconnect();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
