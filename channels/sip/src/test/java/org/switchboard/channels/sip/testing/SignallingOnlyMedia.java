package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.media.AudioDevices;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;
import org.switchboard.media.MediaException;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.MediaSession;
import org.switchboard.media.SdesCrypto;

/**
 * A media engine for signalling tests only: each session binds an RTP/RTCP port pair and records
 * the plans it was given, offers PCMU, PCMA and telephone-event, and sends DTMF as real RFC 4733
 * packets; it plays and records no audio. Tests of audio use the real engine.
 */
public final class SignallingOnlyMedia implements MediaEngine {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private volatile String refusal = "";

    /** The sessions made so far, oldest first. */
    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    /** The next {@link #newSession} fails with {@code message}. */
    public void refuseNext(String message) {
        refusal = message;
    }

    @Override
    public MediaSession newSession(InetAddress localAddress) throws MediaException {
        if (!refusal.isEmpty()) {
            String message = refusal;
            refusal = "";
            throw new MediaException(message, null);
        }
        try {
            Session session = new Session(localAddress);
            sessions.add(session);
            return session;
        } catch (SocketException e) {
            throw new MediaException("no RTP port: " + e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<Void> warmUp() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public AudioDevices devices() {
        throw new UnsupportedOperationException("signalling tests have no devices");
    }

    @Override
    public void use(DataFlow flow, Optional<String> deviceName) {}

    @Override
    public Optional<String> pinned(DataFlow flow) {
        return Optional.empty();
    }

    @Override
    public AutoCloseable meterMicrophone(DoubleConsumer level) {
        throw new UnsupportedOperationException("signalling tests have no microphone");
    }

    @Override
    public CompletableFuture<Void> playTestTone(DataFlow flow) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public AutoCloseable ring() {
        return () -> {};
    }

    @Override
    public void close() {
        sessions.forEach(Session::close);
    }

    /** One call's fake media: a bound port pair and what the call asked of it. */
    public static final class Session implements MediaSession {
        private final DatagramSocket rtp;
        private final DatagramSocket rtcp;
        private final List<MediaPlan> plans = new CopyOnWriteArrayList<>();
        private final List<Character> digits = new CopyOnWriteArrayList<>();
        private final SdesCrypto key;
        private volatile boolean muted;
        private volatile boolean closed;
        private short sequence = (short) RANDOM.nextInt();
        private int timestamp = RANDOM.nextInt();

        Session(InetAddress local) throws SocketException {
            DatagramSocket[] pair = bindPair(local);
            rtp = pair[0];
            rtcp = pair[1];
            byte[] keySalt = new byte[30];
            RANDOM.nextBytes(keySalt);
            key = new SdesCrypto(1, "AES_CM_128_HMAC_SHA1_80", "inline:" + Base64.getEncoder().encodeToString(keySalt));
        }

        private static DatagramSocket[] bindPair(InetAddress local) throws SocketException {
            for (int attempt = 0; attempt < 50; attempt++) {
                int port = 30_000 + RANDOM.nextInt(10_000) * 2;
                try {
                    DatagramSocket first = new DatagramSocket(new InetSocketAddress(local, port));
                    try {
                        return new DatagramSocket[] {first, new DatagramSocket(new InetSocketAddress(local, port + 1))};
                    } catch (SocketException e) {
                        first.close();
                    }
                } catch (SocketException taken) {
                    // another pair
                }
            }
            throw new SocketException("no free RTP port pair on " + local);
        }

        @Override
        public InetSocketAddress localRtp() {
            return (InetSocketAddress) rtp.getLocalSocketAddress();
        }

        @Override
        public List<AudioFormat> formats() {
            return List.of(new AudioFormat("PCMU", 8000, 1, 0, Map.of()), new AudioFormat("PCMA", 8000, 1, 8, Map.of()),
                    new AudioFormat("telephone-event", 8000, 1, 101, Map.of("0-16", "")));
        }

        @Override
        public List<SdesCrypto> localCryptoOffers() {
            return List.of(key);
        }

        @Override
        public void start(MediaPlan plan) {
            plans.add(plan);
        }

        @Override
        public void update(MediaPlan plan) {
            plans.add(plan);
        }

        public List<MediaPlan> plans() {
            return List.copyOf(plans);
        }

        @Override
        public void mute(boolean on) {
            muted = on;
        }

        public boolean muted() {
            return muted;
        }

        public List<Character> digitsSent() {
            return List.copyOf(digits);
        }

        public boolean closed() {
            return closed;
        }

        /** Sends {@code digit} as RFC 4733 events: three updates, then three end packets. */
        @Override
        public synchronized void sendDtmf(char digit) {
            MediaPlan plan = plans.isEmpty() ? null : plans.getLast();
            if (plan == null || plan.telephoneEvent().isEmpty()) {
                throw new IllegalStateException("no telephone-event negotiated");
            }
            int event = "0123456789*#ABCD".indexOf(Character.toUpperCase(digit));
            int pt = plan.telephoneEvent().get().payloadType();
            timestamp += 1600;
            try {
                for (int i = 0; i < 6; i++) {
                    boolean end = i >= 3;
                    int duration = end ? 960 : 320 * (i + 1);
                    send(plan.remoteRtp(), packet(pt, i == 0, event, end, duration));
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // one packet per 20 ms, as RTP paces them
                }
                for (int i = 0; i < 12; i++) { // silence behind it, so that the peer's jitter buffer lets the end go
                    timestamp += 160;
                    send(plan.remoteRtp(), silence(plan.codec().payloadType()));
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
                }
            } catch (IOException e) {
                throw new IllegalStateException("DTMF could not be sent: " + e.getMessage(), e);
            }
            digits.add(digit);
        }

        private byte[] packet(int payloadType, boolean marker, int event, boolean end, int duration) {
            ByteBuffer b = ByteBuffer.allocate(16);
            b.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | payloadType)).putShort(sequence++).putInt(timestamp)
                    .putInt(0x5B0A_4D01);
            b.put((byte) event).put((byte) ((end ? 0x80 : 0) | 10)).putShort((short) duration);
            return b.array();
        }

        private byte[] silence(int payloadType) {
            ByteBuffer b = ByteBuffer.allocate(12 + 160);
            b.put((byte) 0x80).put((byte) payloadType).putShort(sequence++).putInt(timestamp).putInt(0x5B0A_4D01);
            byte quiet = payloadType == 8 ? (byte) 0xD5 : (byte) 0xFF;
            while (b.hasRemaining()) {
                b.put(quiet);
            }
            return b.array();
        }

        private void send(InetSocketAddress to, byte[] data) throws IOException {
            rtp.send(new DatagramPacket(data, data.length, to));
        }

        @Override
        public CallQuality quality() {
            return CallQuality.NONE;
        }

        @Override
        public void close() {
            closed = true;
            rtp.close();
            rtcp.close();
        }

        @Override
        public String toString() {
            return "Session[" + localRtp() + ", plans=" + new ArrayList<>(plans).size() + "]";
        }
    }
}
