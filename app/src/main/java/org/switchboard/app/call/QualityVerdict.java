package org.switchboard.app.call;

/** How a call sounds in one word, from its MOS estimate (ITU-T P.800 scale, 1.0–4.5). */
public enum QualityVerdict {
    /** No audio figures yet. */
    UNKNOWN(""),
    GOOD("good"),
    FAIR("fair"),
    POOR("poor");

    /** From here on most listeners are satisfied (R ≥ 80). */
    static final double GOOD_FROM = 4.0;
    /** From here on some listeners are dissatisfied but the call is usable (R ≥ 70). */
    static final double FAIR_FROM = 3.6;

    private final String words;

    QualityVerdict(String words) {
        this.words = words;
    }

    /** {@link #UNKNOWN} for a MOS below 1, the bottom of the scale (no figures yet). */
    public static QualityVerdict of(double mos) {
        if (mos < 1.0) {
            return UNKNOWN;
        }
        if (mos >= GOOD_FROM) {
            return GOOD;
        }
        return mos >= FAIR_FROM ? FAIR : POOR;
    }

    public String words() {
        return words;
    }

    /** A style class for the verdict: {@code quality-good}, {@code quality-fair}, {@code quality-poor}, {@code quality-unknown}. */
    public String styleClass() {
        return "quality-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
