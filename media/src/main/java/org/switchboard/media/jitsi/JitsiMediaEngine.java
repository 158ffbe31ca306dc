package org.switchboard.media.jitsi;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.impl.neomedia.device.AudioSystem;
import org.jitsi.impl.neomedia.device.CaptureDeviceInfo2;
import org.jitsi.impl.neomedia.device.DeviceConfiguration;
import org.jitsi.impl.neomedia.device.MediaDeviceImpl;
import org.jitsi.impl.neomedia.device.PulseAudioSystem;
import org.jitsi.service.neomedia.MediaUseCase;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jitsi.utils.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.AudioDevices;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaSession;

/**
 * The audio engine on libjitsi. {@link #create} only records where things go; {@link #warmUp()}
 * starts libjitsi, lists the devices, starts watching PulseAudio and runs a short muted call to
 * open the sound devices, all on the engine's own thread. Everything that needs a started engine
 * waits for that (at most {@value #START_PATIENCE_SECONDS} s): call those methods off the FX thread.
 *
 * <p>Listeners and returned futures complete on the {@code events} executor given to {@link #create}.
 */
public final class JitsiMediaEngine implements MediaEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JitsiMediaEngine.class);
    private static final int START_PATIENCE_SECONDS = 30;

    private final Path homeDir;
    private final Executor events;
    private final ScheduledExecutorService worker;
    private final JitsiAudioDevices devices;
    private final DeviceRouting routing;
    private final CompletableFuture<Started> started = new CompletableFuture<>();
    private final AtomicBoolean warming = new AtomicBoolean();
    private final Set<JitsiMediaSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<AutoCloseable> sounds = ConcurrentHashMap.newKeySet();
    private final SessionStandby standby = new SessionStandby();
    private volatile boolean closed;

    /**
     * libjitsi's media service and audio system once started, and our call streams' PulseAudio
     * connection (none when libjitsi does not run on PulseAudio: calls then use libjitsi's devices).
     */
    private record Started(MediaServiceImpl service, AudioSystemAccess access, Optional<PulseCallStreams> callStreams) {}

    private JitsiMediaEngine(Path homeDir, Executor events) {
        this.homeDir = homeDir;
        this.events = events;
        this.worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("switchboard-media").factory());
        this.devices = new JitsiAudioDevices(events);
        this.routing = new DeviceRouting(worker, devices);
    }

    /**
     * An engine keeping libjitsi's configuration under {@code homeDir} (the profile) and calling
     * listeners on {@code events}. Nothing starts before {@link #warmUp()} or the first use.
     */
    public static JitsiMediaEngine create(Path homeDir, Executor events) {
        return new JitsiMediaEngine(homeDir, events);
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        if (warming.compareAndSet(false, true)) {
            worker.execute(this::start);
        }
        return started.thenApplyAsync(ignored -> (Void) null, events);
    }

    private void start() {
        Optional<PulseCallStreams> callStreams = Optional.empty();
        try {
            requireSoundServer();
            MediaServiceImpl service = LibJitsiRuntime.start(homeDir);
            AudioSystemAccess access = new AudioSystemAccess(soundSystem(service.getDeviceConfiguration()));
            callStreams = openCallStreams();
            routing.start(access, callStreams.map(PulseCallStreams::clientIndex));
            Started ready = new Started(service, access, callStreams);
            WarmUpCall.run(service, callDevice(ready, MicrophoneCue.capturing()));
            started.complete(ready);
        } catch (MediaException | RuntimeException e) {
            callStreams.ifPresent(PulseCallStreams::close);
            LOG.warn("The audio engine did not start: {}", e.getMessage());
            LOG.debug("Audio engine start failure", e);
            started.completeExceptionally(e);
        }
    }

    /**
     * On Linux, asks PulseAudio (or PipeWire's pulse server) for a connection before libjitsi starts:
     * without one libjitsi would log its own failures with stack traces and fall back to silence.
     */
    private static void requireSoundServer() throws MediaException {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try (PulseConnection probe = PulseConnection.open("Switchboard sound check", () -> { })) {
            LOG.debug("Sound server reachable: {}", probe);
        } catch (Throwable t) {
            throw new MediaException("No sound system is running (PulseAudio or PipeWire).", t);
        }
    }

    /** PulseAudio on Linux; otherwise whatever real sound system libjitsi chose. */
    private static AudioSystem soundSystem(DeviceConfiguration configuration) throws MediaException {
        PulseAudioSystem pulse = PulseAudioSystem.getPulseAudioSystem();
        if (pulse != null && configuration.getAudioSystem() != pulse) {
            configuration.setAudioSystem(pulse, false);
        }
        AudioSystem system = configuration.getAudioSystem();
        if (system == null || List.of(AudioSystem.LOCATOR_PROTOCOL_AUDIOSILENCE, "none")
                .contains(system.getLocatorProtocol())) {
            throw new MediaException("No sound system is running (PulseAudio or PipeWire).", null);
        }
        return system;
    }

    /**
     * Our own PulseAudio connection for the calls' capture and playback when libjitsi runs on
     * PulseAudio (see {@link CallAudioDevice}); on other sound systems calls use libjitsi's devices.
     */
    private static Optional<PulseCallStreams> openCallStreams() throws MediaException {
        if (PulseAudioSystem.getPulseAudioSystem() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PulseCallStreams.open());
        } catch (Throwable t) {
            throw new MediaException("No sound system is running (PulseAudio or PipeWire).", t);
        }
    }

    /**
     * The device a new call uses: the pinned microphone when present, else the system's default, and
     * the pinned speaker when present, else the default; on our own PulseAudio streams when there are
     * (and a microphone: without one, libjitsi's device, which receives only), capturing as {@code cue} says.
     */
    private MediaDevice callDevice(Started ready, MicrophoneCue cue) {
        var microphone = callMicrophone(ready);
        if (ready.callStreams().isEmpty() || microphone.isEmpty()) {
            return microphone(ready.service());
        }
        return new CallAudioDevice(ready.callStreams().get(), microphone.get(), routing.pinnedId(DataFlow.PLAYBACK), cue);
    }

    private Optional<CaptureDeviceInfo2> callMicrophone(Started ready) {
        return routing.pinnedMicrophone().or(() -> ready.access().defaultEntry(DataFlow.CAPTURE));
    }

    /** The devices a new call would use, as text: a standby made for other devices is not used. */
    private String callDevices(Started ready) {
        return callMicrophone(ready).map(microphone -> String.valueOf(microphone.getLocator())).orElse("")
                + " | " + routing.pinnedId(DataFlow.PLAYBACK).orElse("");
    }

    /** libjitsi's device for the microphone a new call captures from: the pinned one when present, else the default. */
    private MediaDevice microphone(MediaServiceImpl service) {
        return routing.pinnedMicrophone().flatMap(pinned -> service.getDevices(MediaType.AUDIO, MediaUseCase.CALL).stream()
                        .filter(device -> device instanceof MediaDeviceImpl impl && pinned.equals(impl.getCaptureDeviceInfo()))
                        .findFirst())
                .orElseGet(() -> service.getDefaultDevice(MediaType.AUDIO, MediaUseCase.CALL));
    }

    private Started requireStarted() throws MediaException {
        if (closed) {
            throw new IllegalStateException("the audio engine is closed");
        }
        warmUp();
        try {
            return started.get(START_PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof MediaException media ? media
                    : new MediaException("The audio engine did not start.", e.getCause());
        } catch (TimeoutException e) {
            throw new MediaException("The audio engine did not start in time.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException("Interrupted while the audio engine started.", e);
        }
    }

    @Override
    public AudioDevices devices() {
        return devices;
    }

    @Override
    public void use(DataFlow flow, Optional<String> deviceName) {
        devices.pin(flow, deviceName);
        routing.pinsChanged();
    }

    @Override
    public Optional<String> pinned(DataFlow flow) {
        return devices.pinned(flow);
    }

    @Override
    public MediaSession newSession(InetAddress localAddress) throws MediaException {
        Started ready = requireStarted();
        Optional<JitsiMediaSession> standing = standby.take(localAddress, callDevices(ready));
        JitsiMediaSession session = standing.isPresent() ? standing.get() : session(ready, localAddress, MicrophoneCue.capturing());
        sessions.add(session);
        return session;
    }

    private JitsiMediaSession session(Started ready, InetAddress localAddress, MicrophoneCue cue) throws MediaException {
        return new JitsiMediaSession(ready.service(), RtpSockets.allocate(localAddress), made -> callDevice(ready, made),
                cue, sessions::remove);
    }

    /**
     * On our own PulseAudio streams only (there the microphone can be held paused): after the start, on
     * the engine's thread.
     */
    @Override
    public void standBy(InetAddress localAddress, Optional<AudioFormat> likely) {
        if (closed) {
            return;
        }
        Optional<AudioFormat> wanted = likely.filter(format -> !format.isTelephoneEvent());
        started.thenAcceptAsync(ready -> standBy(ready, localAddress,
                wanted.or(() -> standby.codecOn(localAddress)).orElse(Codecs.OFFERED.getFirst())), worker);
    }

    private void standBy(Started ready, InetAddress localAddress, AudioFormat codec) {
        if (closed || ready.callStreams().isEmpty() || !ready.callStreams().get().isConnected()
                || callMicrophone(ready).isEmpty()) {
            return;
        }
        SessionStandby.Made made = new SessionStandby.Made(localAddress, codec, callDevices(ready));
        if (standby.holds(made)) {
            return;
        }
        JitsiMediaSession session = null;
        try {
            session = session(ready, localAddress, MicrophoneCue.held());
            session.standBy(codec);
            standby.put(made, session);
            LOG.debug("Call audio stands by on {} for {}", localAddress.getHostAddress(), codec.display());
        } catch (MediaException | RuntimeException e) {
            if (session != null) {
                session.close();
            }
            LOG.debug("No call audio on standby: {}", e.getMessage());
        }
    }

    @Override
    public AutoCloseable meterMicrophone(DoubleConsumer level) throws MediaException {
        Started ready = requireStarted();
        var microphone = routing.pinnedMicrophone().or(() -> ready.access().defaultEntry(DataFlow.CAPTURE))
                .orElseThrow(() -> new MediaException("There is no microphone.", null));
        return track(MicrophoneMeter.start(microphone, level, events));
    }

    @Override
    public CompletableFuture<Void> playTestTone(DataFlow flow) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("switchboard-test-tone").start(() -> {
            try {
                AudioSystem system = requireStarted().access().audioSystem();
                TonePlayer.play(system, flow, routing.pinnedId(flow), TonePlayer.Cadence.TEST_TONE, () -> !closed);
                done.complete(null);
            } catch (MediaException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.whenCompleteAsync((ignored, failure) -> {}, events);
    }

    @Override
    public AutoCloseable ring() throws MediaException {
        AudioSystem system = requireStarted().access().audioSystem();
        return track(Ringer.start(system, routing.pinnedId(DataFlow.NOTIFY)));
    }

    private AutoCloseable track(AutoCloseable sound) {
        sounds.add(sound);
        return () -> {
            if (sounds.remove(sound)) {
                sound.close();
            }
        };
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        standby.close();
        List.copyOf(sessions).forEach(JitsiMediaSession::close);
        for (AutoCloseable sound : List.copyOf(sounds)) {
            try {
                sound.close();
            } catch (Exception e) {
                LOG.debug("Closing a sound failed", e);
            }
        }
        worker.shutdownNow();
        routing.close();
        started.thenAccept(ready -> ready.callStreams().ifPresent(PulseCallStreams::close));
    }
}
