package org.switchboard.app.conversation;

import java.time.ZoneId;
import org.switchboard.app.call.QualityFigures;
import org.switchboard.app.call.QualityVerdict;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;

/**
 * What a finished call's line in the conversation says.
 *
 * @param kind outgoing, incoming (answered) or missed (incoming, never answered)
 * @param summary {@link CallRecord#summary()}: "Outgoing call, 2:05 — They hung up"
 * @param time when it started ringing ({@link EntryTimes})
 * @param quality for a call that connected and has figures, the codec and MOS: {@code opus/48000 · MOS 4.3}; else empty
 * @param verdict the MOS in a word (the call window's {@link QualityVerdict}); {@link QualityVerdict#UNKNOWN} without figures
 */
record CallLine(Kind kind, String summary, String time, String quality, QualityVerdict verdict) {
    enum Kind {
        OUTGOING, INCOMING, MISSED;

        /** The line's style class: {@code call-outgoing}, {@code call-incoming} or {@code call-missed}. */
        String styleClass() {
            return "call-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static CallLine of(CallRecord call, ZoneId zone) {
        Kind kind = call.direction() == Direction.OUT ? Kind.OUTGOING : call.missed() ? Kind.MISSED : Kind.INCOMING;
        QualityFigures figures = call.connected() ? QualityFigures.of(call.quality()) : QualityFigures.NONE;
        return new CallLine(kind, call.summary(), EntryTimes.format(call.at(), zone), quality(call, figures), figures.verdict());
    }

    private static String quality(CallRecord call, QualityFigures figures) {
        if (figures.equals(QualityFigures.NONE)) {
            return "";
        }
        String codec = call.quality().codec();
        if (figures.verdict() == QualityVerdict.UNKNOWN) {
            return codec;
        }
        String mos = "MOS " + figures.mos();
        return codec.isEmpty() ? mos : codec + " · " + mos;
    }

    /** The line read out as one sentence, for screen readers: summary, time, quality and verdict. */
    String spoken() {
        StringBuilder text = new StringBuilder(summary).append(", ").append(time);
        if (!quality.isEmpty()) {
            text.append(", ").append(quality);
        }
        if (verdict != QualityVerdict.UNKNOWN) {
            text.append(", ").append(verdict.words());
        }
        return text.toString();
    }
}
