package org.switchboard.contacts.calls;

import java.util.Locale;

/**
 * The ITU-T G.107 E-model, reduced to what a softphone measures: packet loss, jitter and round-trip
 * time give a transmission rating R, and R gives a mean opinion score (MOS, 1.0–4.5).
 *
 * <p>Delay: one-way delay is half the round trip plus a jitter buffer of twice the jitter plus the
 * codec's packetisation (20 ms frames) and look-ahead. Loss: the effective equipment impairment uses
 * the codec's Ie and Bpl (G.113 Appendix I: G.711 with packet-loss concealment Ie 0, Bpl 25.1; Opus
 * has no published values and is rated like G.711 with concealment, which it at least matches).
 */
public final class EModel {
    private static final double DEFAULT_R = 93.2;
    private static final double FRAME_MS = 20;

    private EModel() {}

    /**
     * @param codec the codec's name, case ignored ({@code opus}, {@code PCMU}, {@code PCMA})
     * @param lossPercent incoming packets lost, 0–100
     * @param jitterMs interarrival jitter in milliseconds
     * @param roundTripMs round trip in milliseconds; negative when unknown (then no network delay is counted)
     */
    public static double mos(String codec, double lossPercent, double jitterMs, double roundTripMs) {
        return mosOf(rating(codec, lossPercent, jitterMs, roundTripMs));
    }

    /** The transmission rating R (0–100). */
    public static double rating(String codec, double lossPercent, double jitterMs, double roundTripMs) {
        double oneWay = Math.max(0, roundTripMs) / 2 + 2 * Math.max(0, jitterMs) + FRAME_MS + lookAheadMs(codec);
        double delayImpairment = 0.024 * oneWay + (oneWay > 177.3 ? 0.11 * (oneWay - 177.3) : 0);
        double loss = Math.clamp(lossPercent, 0, 100);
        double ie = 0;
        double bpl = 25.1;
        double equipmentImpairment = ie + (95 - ie) * loss / (loss + bpl);
        return Math.clamp(DEFAULT_R - delayImpairment - equipmentImpairment, 0, 100);
    }

    /** G.107 Annex B: R to MOS. */
    public static double mosOf(double r) {
        if (r <= 0) {
            return 1.0;
        }
        if (r >= 100) {
            return 4.5;
        }
        return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
    }

    private static double lookAheadMs(String codec) {
        return codec.toLowerCase(Locale.ROOT).startsWith("opus") ? 6.5 : 0;
    }
}
