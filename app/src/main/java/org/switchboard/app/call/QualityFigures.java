package org.switchboard.app.call;

import java.util.Locale;
import org.switchboard.contacts.calls.CallQuality;

/**
 * A call's live quality written for the call window; a dash stands for a figure not known yet.
 *
 * @param codec {@code opus/48000}
 * @param packets {@code 1,234 sent · 1,230 received}
 * @param loss {@code 0.4 %}
 * @param jitter {@code 3 ms}
 * @param roundTrip {@code 42 ms}
 * @param mos {@code 4.3}
 * @param verdict good, fair or poor
 */
public record QualityFigures(String codec, String packets, String loss, String jitter, String roundTrip, String mos,
                             QualityVerdict verdict) {
    static final String UNKNOWN = "—";

    /** The figures of a call whose audio has not started. */
    public static final QualityFigures NONE = new QualityFigures(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN,
            QualityVerdict.UNKNOWN);

    public static QualityFigures of(CallQuality quality) {
        if (quality.codec().isEmpty() && quality.packetsSent() == 0 && quality.packetsReceived() == 0) {
            return NONE;
        }
        QualityVerdict verdict = QualityVerdict.of(quality.mos());
        return new QualityFigures(quality.codec().isEmpty() ? UNKNOWN : quality.codec(),
                String.format(Locale.ROOT, "%,d sent · %,d received", quality.packetsSent(), quality.packetsReceived()),
                String.format(Locale.ROOT, "%.1f %%", quality.lossPercent()),
                Math.round(quality.jitterMs()) + " ms",
                quality.roundTripMs() < 0 ? UNKNOWN : Math.round(quality.roundTripMs()) + " ms",
                verdict == QualityVerdict.UNKNOWN ? UNKNOWN : String.format(Locale.ROOT, "%.1f", quality.mos()),
                verdict);
    }

    /** The MOS with its verdict in words: {@code 4.3 · good}. */
    public String mosWithVerdict() {
        return verdict == QualityVerdict.UNKNOWN ? mos : mos + " · " + verdict.words();
    }
}
