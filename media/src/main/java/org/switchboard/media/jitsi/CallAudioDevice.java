package org.switchboard.media.jitsi;

import java.util.Optional;
import javax.media.CaptureDeviceInfo;
import javax.media.Renderer;
import javax.media.protocol.CaptureDevice;
import org.jitsi.impl.neomedia.device.AudioMediaDeviceImpl;

/**
 * libjitsi's audio device for a call, with our own PulseAudio capture ({@link CallMicrophone}) and
 * playback ({@link CallSpeaker}) in place of libjitsi's: libjitsi asks its device for both
 * ({@code createCaptureDevice}, {@code createRenderer}), everything else (codecs, RTP, statistics,
 * mute, DTMF) stays libjitsi's. Built per call from the microphone's libjitsi entry, the speaker
 * to play on and the session's {@link MicrophoneCue}.
 */
final class CallAudioDevice extends AudioMediaDeviceImpl {
    private final PulseCallStreams streams;
    private final CaptureDeviceInfo microphone;
    private final Optional<String> speaker;
    private final MicrophoneCue cue;

    /**
     * A device capturing from {@code microphone} when {@code cue} says so and playing on {@code speaker}
     * (empty: the system's default).
     */
    CallAudioDevice(PulseCallStreams streams, CaptureDeviceInfo microphone, Optional<String> speaker, MicrophoneCue cue) {
        super(microphone);
        this.streams = streams;
        this.microphone = microphone;
        this.speaker = speaker;
        this.cue = cue;
    }

    @Override
    protected synchronized CaptureDevice createCaptureDevice() {
        return getDirection().allowsSending() ? new CallMicrophone(streams, microphone, cue) : null;
    }

    @Override
    protected Renderer createRenderer() {
        return new CallSpeaker(streams, speaker);
    }
}
