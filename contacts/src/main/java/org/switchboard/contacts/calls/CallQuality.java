package org.switchboard.contacts.calls;

import java.time.Duration;
import java.util.Objects;

/**
 * Live figures of one call's audio, as the call window and {@code switchboard call --json} show them.
 *
 * @param codec the negotiated codec as a person reads it ({@code opus/48000}, {@code PCMU/8000}); empty before media flows
 * @param packetsSent RTP packets sent so far
 * @param packetsReceived RTP packets received so far
 * @param lossPercent incoming packets lost, in percent of those expected (0–100)
 * @param jitterMs interarrival jitter of the incoming stream (RFC 3550), in milliseconds
 * @param roundTripMs round-trip time from RTCP reports; negative while no report came back
 * @param mos the E-model estimate of listening quality, 1.0 (bad) to 4.5 (best); see {@link EModel}
 * @param incomingSilence how long no RTP arrived (zero while packets flow)
 */
public record CallQuality(String codec, long packetsSent, long packetsReceived, double lossPercent, double jitterMs,
                          double roundTripMs, double mos, Duration incomingSilence) {
    /** After this long without incoming RTP the call shows "no incoming audio". */
    public static final Duration NO_AUDIO_AFTER = Duration.ofSeconds(3);

    /** The figures of a call whose media has not started yet. */
    public static final CallQuality NONE = new CallQuality("", 0, 0, 0, 0, -1, 0, Duration.ZERO);

    public CallQuality {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(incomingSilence, "incomingSilence");
    }

    /** The classic one-way-audio trouble: we send but nothing has come back for {@link #NO_AUDIO_AFTER}. */
    public boolean noIncomingAudio() {
        return incomingSilence.compareTo(NO_AUDIO_AFTER) >= 0;
    }
}
