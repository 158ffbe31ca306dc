package org.switchboard.media.jitsi;

import java.util.Optional;
import javax.media.CaptureDeviceInfo;
import javax.media.MediaLocator;
import javax.media.control.FormatControl;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferCaptureDevice;
import org.jitsi.impl.neomedia.jmfext.media.protocol.AbstractPullBufferStream;

/**
 * The FMJ capture device of a call: the microphone named by a libjitsi PulseAudio device entry (its
 * locator's remainder is the source name; empty for the "Default" entry), read through a
 * {@link PulseStream} of our own by {@link CallMicrophoneStream}, which its session cues through
 * {@code cue}. Created per stream by {@link CallAudioDevice}.
 */
final class CallMicrophone extends AbstractPullBufferCaptureDevice {
    private final PulseCallStreams streams;
    private final MicrophoneCue cue;

    CallMicrophone(PulseCallStreams streams, CaptureDeviceInfo device, MicrophoneCue cue) {
        super(device.getLocator());
        this.streams = streams;
        this.cue = cue;
        setCaptureDeviceInfo(device);
    }

    @Override
    protected AbstractPullBufferStream<?> createStream(int streamIndex, FormatControl formatControl) {
        return new CallMicrophoneStream(this, formatControl, streams, source(), cue);
    }

    private Optional<String> source() {
        MediaLocator locator = getLocator();
        return Optional.ofNullable(locator == null ? null : locator.getRemainder()).filter(name -> !name.isEmpty());
    }

    @Override
    protected void doDisconnect() {
        synchronized (getStreamSyncRoot()) {
            for (Object stream : streams()) {
                if (stream instanceof CallMicrophoneStream microphone) {
                    microphone.disconnect();
                }
            }
        }
        super.doDisconnect();
    }
}
