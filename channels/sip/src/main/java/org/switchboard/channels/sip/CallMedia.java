package org.switchboard.channels.sip;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.MediaSession;
import org.switchboard.channels.api.support.SerialExecutor;

/**
 * The audio of one call: its media session, driven in order on its own serial executor so that
 * starting the sound system never holds up signalling. An outgoing call prepares the audio while
 * it rings (microphone and encoder running, nothing sent), so that it flows as soon as the answer
 * names the peer. A failure to start or update is reported once to the call, which then ends.
 */
final class CallMedia implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallMedia.class);
    private final MediaSession session;
    private final SerialExecutor serial;
    private final Consumer<MediaException> failed;
    private volatile @Nullable MediaPlan plan;
    private volatile boolean muted;
    private volatile boolean closed;
    private volatile CallQuality last = CallQuality.NONE;
    private volatile boolean started;

    CallMedia(MediaSession session, Executor threads, Consumer<MediaException> failed) {
        this.session = session;
        this.serial = new SerialExecutor(threads);
        this.failed = failed;
    }

    /** What we offer; an engine bound to the wildcard address is announced at {@code announced} instead. */
    LocalMedia local(boolean requireSrtp, java.net.InetAddress announced) {
        java.net.InetSocketAddress rtp = session.localRtp();
        if (rtp.getAddress() == null || rtp.getAddress().isAnyLocalAddress()) {
            rtp = new java.net.InetSocketAddress(announced, rtp.getPort());
        }
        return new LocalMedia(rtp, session.formats(), session.localCryptoOffers(), requireSrtp);
    }

    /**
     * Opens the audio for {@code likely} before the answer; a failure here is only logged, since
     * the answer's {@link #apply} starts the audio anyway.
     */
    void prepare(AudioFormat likely) {
        serial.execute(() -> {
            if (closed || started) {
                return;
            }
            try {
                session.prepare(likely);
            } catch (MediaException | RuntimeException e) {
                LOG.debug("The call's audio could not be prepared before the answer: {}", e.getMessage());
            }
        });
    }

    /** Starts the stream with {@code next}, or moves the running one to it. */
    void apply(MediaPlan next) {
        plan = next;
        serial.execute(() -> {
            if (closed) {
                return;
            }
            try {
                if (started) {
                    session.update(next);
                } else {
                    session.start(next);
                    started = true;
                }
                LOG.debug("Audio {} to {} ({}, {})", started ? "flows" : "updated", next.remoteRtp(), next.codec().display(),
                        next.direction().sdp());
            } catch (MediaException | RuntimeException e) {
                LOG.warn("The call's audio could not {}: {}", started ? "change" : "start", e.getMessage());
                failed.accept(e instanceof MediaException m ? m : new MediaException("The audio failed: " + e.getMessage(), e));
            }
        });
    }

    @Nullable MediaPlan plan() {
        return plan;
    }

    boolean hasTelephoneEvent() {
        MediaPlan current = plan;
        return current != null && current.telephoneEvent().isPresent();
    }

    /** The session keeps the choice for a stream it opens later, so a call muted while it rings starts muted. */
    void mute(boolean on) {
        muted = on;
        serial.execute(() -> {
            if (!closed) {
                session.mute(on);
            }
        });
    }

    boolean muted() {
        return muted;
    }

    void sendDtmf(char digit) {
        serial.execute(() -> {
            if (started && !closed) {
                try {
                    session.sendDtmf(digit);
                } catch (RuntimeException e) {
                    LOG.warn("DTMF {} could not be sent: {}", digit, e.getMessage());
                }
            }
        });
    }

    /** The live figures; once closed, the figures at the end of the call (for the history and {@code call --json}). */
    CallQuality quality() {
        if (!started || closed) {
            return last;
        }
        try {
            CallQuality now = session.quality();
            last = now;
            return now;
        } catch (RuntimeException e) {
            LOG.debug("No call quality: {}", e.toString());
            return last;
        }
    }

    @Override
    public void close() {
        if (started && !closed) {
            quality();
        }
        closed = true;
        serial.execute(() -> {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the call's audio failed: {}", e.toString());
            }
        });
    }
}
