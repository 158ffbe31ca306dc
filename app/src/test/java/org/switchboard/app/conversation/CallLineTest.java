package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.switchboard.app.call.QualityVerdict;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;

/** The words of a call's line in the conversation. */
class CallLineTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant AT = Instant.parse("2026-11-30T13:05:00Z");
    private static final Endpoint BEN = Addresses.parse(EndpointKind.SIP, "sip:ben@voip.example.org");

    @Test
    void aConnectedCallSaysItsSummaryTimeCodecAndSound() {
        CallLine line = CallLine.of(call(Direction.OUT, Duration.ofSeconds(125),
                new CallQuality("opus/48000", 6200, 6195, 0.1, 2, 38, 4.34, Duration.ZERO)), BERLIN);

        assertThat(line.kind()).isEqualTo(CallLine.Kind.OUTGOING);
        assertThat(line.summary()).isEqualTo("Outgoing call, 2:05 — They hung up");
        assertThat(line.time()).isEqualTo("30 Nov 2026, 14:05");
        assertThat(line.quality()).isEqualTo("opus/48000 · MOS 4.3");
        assertThat(line.verdict()).isEqualTo(QualityVerdict.GOOD);
        assertThat(line.spoken()).isEqualTo("Outgoing call, 2:05 — They hung up, 30 Nov 2026, 14:05, opus/48000 · MOS 4.3, good");
    }

    @Test
    void aPoorCallSaysSo() {
        CallLine line = CallLine.of(call(Direction.IN, Duration.ofSeconds(40),
                new CallQuality("PCMU/8000", 2000, 1700, 15, 40, 300, 2.9, Duration.ZERO)), BERLIN);

        assertThat(line.kind()).isEqualTo(CallLine.Kind.INCOMING);
        assertThat(line.quality()).isEqualTo("PCMU/8000 · MOS 2.9");
        assertThat(line.verdict()).isEqualTo(QualityVerdict.POOR);
    }

    @Test
    void aMissedCallHasNoQuality() {
        CallLine line = CallLine.of(new CallRecord(null, null, "sip:me@voip.example.test", BEN, Direction.IN, AT, "c1",
                Duration.ZERO, "They gave up before it was answered", CallQuality.NONE), BERLIN);

        assertThat(line.kind()).isEqualTo(CallLine.Kind.MISSED);
        assertThat(line.kind().styleClass()).isEqualTo("call-missed");
        assertThat(line.summary()).isEqualTo("Missed call — They gave up before it was answered");
        assertThat(line.quality()).isEmpty();
        assertThat(line.verdict()).isEqualTo(QualityVerdict.UNKNOWN);
        assertThat(line.spoken()).isEqualTo("Missed call — They gave up before it was answered, 30 Nov 2026, 14:05");
    }

    @Test
    void anUnansweredOutgoingCallIsNotMissedAndAConnectedCallWithoutFiguresHasNoQuality() {
        CallLine busy = CallLine.of(call(Direction.OUT, Duration.ZERO, CallQuality.NONE), BERLIN);
        CallLine noFigures = CallLine.of(call(Direction.OUT, Duration.ofSeconds(3), CallQuality.NONE), BERLIN);

        assertThat(busy.kind()).isEqualTo(CallLine.Kind.OUTGOING);
        assertThat(noFigures.quality()).isEmpty();
        assertThat(noFigures.verdict()).isEqualTo(QualityVerdict.UNKNOWN);
    }

    private static CallRecord call(Direction direction, Duration talked, CallQuality quality) {
        return new CallRecord(null, null, "sip:me@voip.example.test", BEN, direction, AT, "c1", talked, "They hung up", quality);
    }
}
