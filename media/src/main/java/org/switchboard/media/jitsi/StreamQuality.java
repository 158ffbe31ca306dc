package org.switchboard.media.jitsi;

import java.time.Duration;
import org.jitsi.service.neomedia.MediaStreamStats;
import org.jitsi.service.neomedia.stats.MediaStreamStats2;
import org.jitsi.service.neomedia.stats.ReceiveTrackStats;
import org.jitsi.service.neomedia.stats.SendTrackStats;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.calls.EModel;
import org.switchboard.media.AudioFormat;

/** A running stream's figures as {@link CallQuality}. */
final class StreamQuality {
    private StreamQuality() {}

    /**
     * Packet counts come from libjitsi's statistics; loss is computed from the cumulative counters
     * (libjitsi's own loss rate divides integers); jitter, round trip and incoming silence come from
     * the {@link PacketClock} (libjitsi's round trip only as a fallback).
     */
    static CallQuality of(AudioFormat codec, MediaStreamStats stats, PacketClock clock, boolean expectsIncoming) {
        if (!(stats instanceof MediaStreamStats2 stats2)) {
            return CallQuality.NONE;
        }
        SendTrackStats send = stats2.getSendStats();
        ReceiveTrackStats receive = stats2.getReceiveStats();
        long received = receive.getPackets();
        long lost = Math.max(0, receive.getPacketsLost());
        double lossPercent = received + lost == 0 ? 0 : 100.0 * lost / (received + lost);
        double jitterMs = clock.jitterMs();
        double roundTripMs = clock.roundTripMs() >= 0 ? clock.roundTripMs() : roundTrip(send.getRtt(), receive.getRtt());
        double mos = received == 0 ? 0 : EModel.mos(codec.encoding(), lossPercent, jitterMs, roundTripMs);
        Duration silence = expectsIncoming ? Duration.ofNanos(clock.silenceNanos()) : Duration.ZERO;
        return new CallQuality(codec.display(), send.getPackets(), received, lossPercent, jitterMs, roundTripMs, mos,
                silence);
    }

    private static double roundTrip(long sendRtt, long receiveRtt) {
        long rtt = sendRtt >= 0 ? sendRtt : receiveRtt;
        return rtt >= 0 ? rtt : -1;
    }
}
