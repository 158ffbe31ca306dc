package org.switchboard.media.jitsi;

import org.jspecify.annotations.Nullable;

/**
 * What a call's session tells its microphone stream ({@link CallMicrophoneStream}), which FMJ creates
 * out of the session's reach: when to start capturing (a session kept on standby holds its microphone
 * paused until its call starts) and when the next frame is to go out at once (sending just opened: the
 * frame is what was recorded so far after leading silence, so the first packet does not wait for the
 * microphone's first 20 ms). A stream that attaches later hears at once what it missed. Thread-safe.
 */
final class MicrophoneCue {
    /** The microphone stream's side. */
    interface Listener {
        /** Capturing starts now. */
        void capture();

        /** The next frame goes out at once. */
        void sendNow();
    }

    private boolean capturing;
    private boolean sendNowPending;
    private @Nullable Listener listener;

    private MicrophoneCue(boolean capturing) {
        this.capturing = capturing;
    }

    /** A cue for a call's session: its microphone captures as soon as its stream starts. */
    static MicrophoneCue capturing() {
        return new MicrophoneCue(true);
    }

    /** A cue for a session on standby: its microphone stays paused until {@link #capture()}. */
    static MicrophoneCue held() {
        return new MicrophoneCue(false);
    }

    synchronized boolean isCapturing() {
        return capturing;
    }

    /** The microphone starts capturing (it stays so for the rest of the session). */
    void capture() {
        Listener current;
        synchronized (this) {
            if (capturing) {
                return;
            }
            capturing = true;
            current = listener;
        }
        if (current != null) {
            current.capture();
        }
    }

    /** The microphone's next frame goes out at once. */
    void sendNow() {
        Listener current;
        synchronized (this) {
            current = listener;
            if (current == null) {
                sendNowPending = true;
                return;
            }
        }
        current.sendNow();
    }

    /** The stream that now reads the microphone; told at once whether it captures and whether a frame is due. */
    void attach(Listener stream) {
        boolean capture;
        boolean sendNow;
        synchronized (this) {
            listener = stream;
            capture = capturing;
            sendNow = sendNowPending;
            sendNowPending = false;
        }
        if (capture) {
            stream.capture();
        }
        if (sendNow) {
            stream.sendNow();
        }
    }

    synchronized void detach(Listener stream) {
        if (listener == stream) {
            listener = null;
        }
    }
}
