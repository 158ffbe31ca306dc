package org.switchboard.media;

import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * The audio engine of the app: one per process. It starts in the background at app start-up
 * ({@link #warmUp()}) so that a call never waits for the sound system. The methods that throw
 * {@link MediaException} wait for that start if it is still running: call them off the FX thread.
 * {@link #devices()} never waits (its lists are empty until the engine has started, and listeners
 * hear of the first list).
 */
public interface MediaEngine extends AutoCloseable {
    /** Starts the engine and opens the sound system off the caller's thread; completes when a call could start. */
    CompletableFuture<Void> warmUp();

    /** The machine's microphones, speakers and ringers by their real names. */
    AudioDevices devices();

    /**
     * Pins a device for {@code flow} by its name ({@link AudioDevice#name()}, or its {@link AudioDevice#id()}),
     * or with an empty name follows the system default again. Takes effect for new streams and for the
     * running call. While the pinned device is absent the system default is used, and the pinned one
     * again when it comes back. Pins are kept in memory only: the app stores the user's choice and
     * calls this at start-up.
     */
    void use(DataFlow flow, Optional<String> deviceName);

    /** The pinned device's name for {@code flow}, or empty while it follows the system default. */
    Optional<String> pinned(DataFlow flow);

    /**
     * A new call's audio on a free RTP/RTCP port pair of {@code localAddress}; not sending or
     * receiving until {@link MediaSession#start(MediaPlan)}.
     */
    MediaSession newSession(InetAddress localAddress) throws MediaException;

    /**
     * Keeps the next call's audio ready on {@code localAddress} before anyone dials: its ports bound and
     * its stream started for {@code likely} (empty: the codec of the one standing by there, else the
     * first codec offered) with the microphone paused,
     * so nothing is captured or sent until that call's {@link MediaSession#prepare} or
     * {@link MediaSession#start}. The next {@link #newSession} on that address takes it, so its audio
     * flows as soon as the answer is in. At most one is kept (a new request replaces it); returns at
     * once and does the work in the background; does nothing where the engine cannot hold a
     * microphone paused.
     */
    default void standBy(InetAddress localAddress, Optional<AudioFormat> likely) {}

    /** Reports the microphone's level (0.0–1.0) about 20 times a second until the handle is closed. */
    AutoCloseable meterMicrophone(DoubleConsumer level) throws MediaException;

    /** Plays a short test tone on the device chosen for {@code flow} (PLAYBACK or NOTIFY). */
    CompletableFuture<Void> playTestTone(DataFlow flow);

    /** Rings on the ringer device until the handle is closed. */
    AutoCloseable ring() throws MediaException;

    @Override
    void close();
}
