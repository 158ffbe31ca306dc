package org.switchboard.media.jitsi;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.jitsi.impl.neomedia.MediaServiceImpl;
import org.jitsi.service.neomedia.AudioMediaStream;
import org.jitsi.service.neomedia.DefaultStreamConnector;
import org.jitsi.service.neomedia.MediaStreamTarget;
import org.jitsi.service.neomedia.device.MediaDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaException;

/**
 * A muted Opus call to ourselves on the loopback interface, run once at start-up: it loads the
 * codecs and FMJ's processors and opens PulseAudio's capture and playback streams, so that the
 * first real call does not pay for them.
 */
final class WarmUpCall {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUpCall.class);
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private WarmUpCall() {}

    static void run(MediaServiceImpl service, MediaDevice microphone) throws MediaException {
        long begin = System.nanoTime();
        try (RtpSockets sockets = RtpSockets.allocate(InetAddress.getLoopbackAddress())) {
            AudioMediaStream stream = (AudioMediaStream) service.createMediaStream(
                    new DefaultStreamConnector(sockets.rtp(), sockets.rtcp()), microphone);
            PacketClock clock = new PacketClock("warm-up", Codecs.OPUS.payloadType(), Codecs.OPUS.clockRate());
            try {
                stream.setExternalTransformer(clock);
                stream.addDynamicRTPPayloadType((byte) Codecs.OPUS.payloadType(),
                        Codecs.toJitsi(service.getFormatFactory(), Codecs.OPUS));
                stream.setFormat(Codecs.toJitsi(service.getFormatFactory(), Codecs.OPUS));
                stream.setDirection(Codecs.toJitsi(MediaDirection.SENDRECV));
                stream.setTarget(new MediaStreamTarget(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        sockets.rtp().getLocalPort()), new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        sockets.rtcp().getLocalPort())));
                stream.setMute(true);
                stream.start();
                awaitFirstPacket(clock);
            } finally {
                StreamCloser.close(stream, "the warm-up call");
            }
        } catch (RuntimeException e) {
            throw new MediaException("The audio engine could not open the sound devices: " + e.getMessage(), e);
        }
        LOG.info("Audio warm-up call done in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }

    private static void awaitFirstPacket(PacketClock clock) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!clock.received() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
        }
        if (!clock.received()) {
            LOG.warn("The audio warm-up call got no packet back within {} s", PATIENCE.toSeconds());
        }
    }
}
