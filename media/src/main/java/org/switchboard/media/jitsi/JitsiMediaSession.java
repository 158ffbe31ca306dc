package org.switchboard.media.jitsi;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.DTMFMethod;
import org.jitsi.service.neomedia.DTMFTone;
import org.jitsi.service.neomedia.DefaultStreamConnector;
import org.jitsi.service.neomedia.MediaStream;
import org.jitsi.service.neomedia.MediaStreamTarget;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.MediaSession;
import org.switchboard.media.SdesCrypto;

/**
 * One call's audio: the port pair and SDES keys exist from creation (for the offer); the libjitsi
 * {@link AudioMediaStream} exists from {@link #prepare} or {@link #start} to {@link #close}. A prepared
 * stream runs with no peer behind a closed {@link SendGate}; {@link #start} names the peer and opens
 * the gate, and the microphone's frame being read then goes out at once ({@link MicrophoneCue}).
 * The engine may also {@link #standBy} a session before its call exists: the stream started with the
 * microphone paused, capturing from the call's {@link #prepare} or {@link #start}. Methods are
 * thread-safe.
 */
final class JitsiMediaSession implements MediaSession {
    private static final Logger LOG = LoggerFactory.getLogger(JitsiMediaSession.class);
    private static final int DTMF_MS = 100;
    private static final int DTMF_VOLUME = 10;

    private final MediaServiceImpl service;
    /** Replaced (same ports) only when a prepared stream is given up, as closing a stream closes its sockets. */
    private volatile RtpSockets sockets;
    private final SdesKeys keys;
    private final Function<MicrophoneCue, MediaDevice> captureDevice;
    private final MicrophoneCue cue;
    private final Consumer<JitsiMediaSession> onClose;
    private final Object lock = new Object();
    private @Nullable AudioMediaStream stream;
    private @Nullable SendGate gate;
    /** What the stream was given so far: by the plan, or by {@link #prepare} (no peer yet). */
    private @Nullable Applied applied;
    private @Nullable MediaPlan plan;
    private boolean muted;
    private boolean closed;

    /**
     * A session on {@code sockets} whose streams use the device {@code captureDevice} makes for its
     * microphone cue; {@code cue} is {@link MicrophoneCue#held()} for a session made to stand by.
     */
    JitsiMediaSession(MediaServiceImpl service, RtpSockets sockets, Function<MicrophoneCue, MediaDevice> captureDevice,
                      MicrophoneCue cue, Consumer<JitsiMediaSession> onClose) {
        this.service = service;
        this.sockets = sockets;
        this.keys = new SdesKeys(service);
        this.captureDevice = captureDevice;
        this.cue = cue;
        this.onClose = onClose;
    }

    @Override
    public InetSocketAddress localRtp() {
        return sockets.localRtp();
    }

    @Override
    public List<AudioFormat> formats() {
        return Codecs.OFFERED;
    }

    @Override
    public List<SdesCrypto> localCryptoOffers() {
        return keys.offers();
    }

    @Override
    public void prepare(AudioFormat likely) throws MediaException {
        if (likely.isTelephoneEvent()) {
            throw new IllegalArgumentException("telephone-event is not an audio codec");
        }
        synchronized (lock) {
            if (closed || plan != null) {
                return;
            }
            cue.capture();
            if (stream != null && Objects.requireNonNull(applied).codec().equals(likely)) {
                Objects.requireNonNull(gate).receive(); // on standby for this codec: the call's audio from now on
                return;
            }
            if (stream != null) {
                reopenPorts();
            }
            open(Applied.prepared(likely), null, false);
            LOG.debug("Call audio prepared with {} (nothing sent until the answer)", likely.display());
        }
    }

    /**
     * Starts the stream for {@code likely} with the microphone paused, before the call exists (the
     * engine's standby); the call's {@link #prepare} or {@link #start} makes it capture.
     */
    void standBy(AudioFormat likely) throws MediaException {
        synchronized (lock) {
            if (closed || stream != null) {
                return;
            }
            open(Applied.prepared(likely), null, false);
        }
    }

    /** Whether this session stands by (no call has used it yet) with its stream started for {@code codec}. */
    boolean standsByFor(AudioFormat codec) {
        synchronized (lock) {
            return !closed && stream != null && plan == null && !cue.isCapturing()
                    && Objects.requireNonNull(applied).codec().equals(codec);
        }
    }

    @Override
    public void start(MediaPlan plan) throws MediaException {
        synchronized (lock) {
            requireOpen();
            if (plan.codec().isTelephoneEvent()) {
                throw new IllegalArgumentException("telephone-event is not an audio codec");
            }
            cue.capture();
            boolean prepared = stream != null && this.plan == null;
            if (prepared && plan.remoteCrypto().isEmpty() && Objects.requireNonNull(applied).codec().equals(plan.codec())) {
                startPrepared(plan);
                return;
            }
            if (stream != null && this.plan != null) {
                update(plan);
                return;
            }
            // prepared, but the answer brought SRTP keys or another codec: FMJ cannot swap the processor of a
            // started stream ("deallocate cannot be used on a started controller"), so the stream starts afresh
            // on the same ports (closing the prepared one closed its sockets)
            if (prepared) {
                reopenPorts();
            } else {
                discardStream();
            }
            open(Applied.of(plan), plan, true);
            this.plan = plan;
            LOG.info("Call audio {} {} with {} (SRTP: {})", plan.codec().display(), plan.direction().sdp(),
                    plan.remoteRtp(), plan.remoteCrypto().isPresent() ? "yes" : "no");
        }
    }

    /** Gives up the prepared stream; its ports are bound again (closing a stream closes its sockets). */
    private void reopenPorts() throws MediaException {
        InetSocketAddress ports = sockets.localRtp();
        discardStream();
        sockets = sockets.reopen(ports.getAddress(), ports.getPort());
    }

    /**
     * Creates, configures and starts the stream; {@code plan} only for its SRTP keys. A stream that
     * sends at once sends the microphone's first frame at once.
     */
    private void open(Applied settings, @Nullable MediaPlan plan, boolean sending) throws MediaException {
        try {
            AudioMediaStream created = createStream(plan);
            stream = created;
            PacketClock clock = new PacketClock("audio " + localRtp().getPort(), settings.codec().payloadType(),
                    settings.codec().clockRate());
            gate = new SendGate(clock, sending, cue.isCapturing());
            created.setExternalTransformer(gate);
            configure(created, null, settings);
            created.setMute(muted);
            created.start();
            if (sending) {
                cue.sendNow();
            }
        } catch (RuntimeException e) {
            discardStream();
            throw new MediaException("The call's audio could not start: " + e.getMessage(), e);
        }
    }

    /** The answer to a prepared stream with the codec it was prepared for: the peer, the direction; then sending opens. */
    private void startPrepared(MediaPlan plan) throws MediaException {
        AudioMediaStream running = Objects.requireNonNull(stream);
        SendGate sending = Objects.requireNonNull(gate);
        try {
            configure(running, applied, Applied.of(plan));
        } catch (RuntimeException e) {
            discardStream();
            throw new MediaException("The call's audio could not start: " + e.getMessage(), e);
        }
        sending.clock().expectIncoming(); // the incoming silence counts from the answer, not from the dial
        sending.receive();
        sending.open();
        cue.sendNow();
        this.plan = plan;
        LOG.info("Call audio {} {} with {} (SRTP: no, prepared before the answer)", plan.codec().display(),
                plan.direction().sdp(), plan.remoteRtp());
    }

    private AudioMediaStream createStream(@Nullable MediaPlan plan) throws MediaException {
        DefaultStreamConnector connector = new DefaultStreamConnector(sockets.rtp(), sockets.rtcp());
        MediaDevice device = captureDevice.apply(cue);
        if (plan != null && plan.remoteCrypto().isPresent()) {
            keys.use(plan.remoteCrypto().get(), plan.localCrypto().orElseThrow());
            return (AudioMediaStream) service.createMediaStream(connector, device, keys.control());
        }
        return (AudioMediaStream) service.createMediaStream(connector, device);
    }

    /** Applies what differs between {@code before} (null: nothing yet) and {@code after}. */
    private void configure(MediaStream stream, @Nullable Applied before, Applied after) throws MediaException {
        PacketClock clock = Objects.requireNonNull(gate).clock();
        if (before == null || !before.codec().equals(after.codec())) {
            registerPayloadType(stream, after.codec());
            stream.setFormat(Codecs.toJitsi(service.getFormatFactory(), after.codec()));
            clock.codec(after.codec().payloadType(), after.codec().clockRate());
        }
        if (after.telephoneEvent().isPresent() && (before == null || !before.telephoneEvent().equals(after.telephoneEvent()))) {
            registerPayloadType(stream, after.telephoneEvent().get());
        }
        if (after.target() != null && (before == null || !after.target().equals(before.target()))) {
            stream.setTarget(after.target());
        }
        if (before == null || before.direction() != after.direction()) {
            stream.setDirection(Codecs.toJitsi(after.direction()));
            if (before != null && !before.direction().receives() && after.direction().receives()) {
                clock.expectIncoming();
            }
        }
        applied = after;
    }

    /**
     * What a stream has been given: its codec, telephone-event, peer (none while prepared) and direction.
     */
    private record Applied(AudioFormat codec, java.util.Optional<AudioFormat> telephoneEvent,
                           @Nullable MediaStreamTarget target, MediaDirection direction) {
        static Applied of(MediaPlan plan) {
            return new Applied(plan.codec(), plan.telephoneEvent(), new MediaStreamTarget(plan.remoteRtp(), plan.remoteRtcp()),
                    plan.direction());
        }

        static Applied prepared(AudioFormat codec) {
            return new Applied(codec, java.util.Optional.empty(), null, MediaDirection.SENDRECV);
        }
    }

    private void registerPayloadType(MediaStream stream, AudioFormat format) throws MediaException {
        if (Codecs.isDynamic(format)) {
            stream.addDynamicRTPPayloadType((byte) format.payloadType(), Codecs.toJitsi(service.getFormatFactory(), format));
        }
    }

    @Override
    public void update(MediaPlan plan) throws MediaException {
        synchronized (lock) {
            requireOpen();
            if (stream == null || this.plan == null) {
                start(plan);
                return;
            }
            MediaPlan before = this.plan;
            if (before.remoteCrypto().isPresent() != plan.remoteCrypto().isPresent()) {
                throw new MediaException("A running call cannot switch between plain and encrypted audio.", null);
            }
            if (plan.remoteCrypto().isPresent() && !before.remoteCrypto().equals(plan.remoteCrypto())) {
                keys.use(plan.remoteCrypto().get(), plan.localCrypto().orElseThrow());
            }
            try {
                configure(stream, applied, Applied.of(plan));
            } catch (RuntimeException e) {
                throw new MediaException("The call's audio could not change: " + e.getMessage(), e);
            }
            this.plan = plan;
            LOG.info("Call audio now {} {} with {}", plan.codec().display(), plan.direction().sdp(), plan.remoteRtp());
        }
    }

    @Override
    public void mute(boolean muted) {
        synchronized (lock) {
            this.muted = muted;
            if (stream != null) {
                stream.setMute(muted);
            }
        }
    }

    @Override
    public void sendDtmf(char digit) {
        DTMFTone tone = DTMFTone.getDTMFTone(String.valueOf(Character.toUpperCase(digit)));
        if (tone == null) {
            throw new IllegalArgumentException("'" + digit + "' is not a DTMF digit");
        }
        synchronized (lock) {
            if (stream == null || plan == null || plan.telephoneEvent().isEmpty()) {
                throw new IllegalStateException("this call has no telephone-event to send DTMF with");
            }
            // The tone lasts its minimum duration: stopping right away only ends it after that.
            stream.startSendingDTMF(tone, DTMFMethod.RTP_DTMF, DTMF_MS, DTMF_MS, DTMF_VOLUME);
            stream.stopSendingDTMF(DTMFMethod.RTP_DTMF);
        }
    }

    @Override
    public CallQuality quality() {
        synchronized (lock) {
            if (stream == null || plan == null || gate == null) {
                return CallQuality.NONE;
            }
            return StreamQuality.of(plan.codec(), stream.getMediaStreamStats(), gate.clock(), plan.direction().receives());
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            discardStream();
            sockets.close();
        }
        onClose.accept(this);
    }

    private void discardStream() {
        AudioMediaStream current = stream;
        stream = null;
        gate = null;
        applied = null;
        plan = null;
        if (current != null) {
            StreamCloser.close(current, "call audio " + sockets.rtp().getLocalPort());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the media session is closed");
        }
    }
}
