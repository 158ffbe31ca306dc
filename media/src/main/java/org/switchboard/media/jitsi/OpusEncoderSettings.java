package org.switchboard.media.jitsi;

/**
 * The Opus encoder's complexity for calls, set before libjitsi starts. libjitsi leaves it at libopus's
 * default (10, the most expensive) unless its configuration names one. On speech, complexity 7 costs
 * a quarter to two fifths less encoding time per 20 ms frame than 10, at the same bitrate
 * (docs/performance.md, {@code scripts/bench opus}); at 6 and below a steady tone (ring-back, music on
 * hold, the tests' tones) is coded as if it were background noise, at a few kbit/s and half its
 * level, so 7 is as low as we go. A value
 * already set (a {@code -D} option or libjitsi's own configuration file) wins.
 */
final class OpusEncoderSettings {
    /** libjitsi's configuration property for the encoder's complexity (0: libopus's default). */
    static final String COMPLEXITY_PROPERTY = "net.java.sip.communicator.impl.neomedia.codec.audio.opus.encoder.COMPLEXITY";
    static final int COMPLEXITY = 7;

    private OpusEncoderSettings() {}

    /** Sets the complexity as a system property, which libjitsi's configuration reads when its file has none. */
    static void apply() {
        if (System.getProperty(COMPLEXITY_PROPERTY) == null) {
            System.setProperty(COMPLEXITY_PROPERTY, Integer.toString(COMPLEXITY));
        }
    }
}
