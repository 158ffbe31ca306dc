package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.MutableClock;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.calls.CallQuality;

class CallViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final Endpoint barbieSip = Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org");
    private final Person barbie = Person.named("Barbie Roberts", barbieSip);
    private final FakeCall call = FakeCall.outgoing(barbieSip, clock);

    private CallViewModel open(CallerLookup callers) {
        return new CallViewModel(call, callers, new DirectTaskRunner(), clock);
    }

    @Test
    void showsThePersonTheAddressBelongsTo() {
        CallViewModel model = open(remote -> remote.sameAddress(barbieSip) ? Optional.of(barbie) : Optional.empty());

        assertThat(model.callerProperty().get()).isEqualTo(
                new Caller("Barbie Roberts", "sip:barbie@example.org", "BR", true));
    }

    @Test
    void showsTheAddressWhenNobodyMatches() {
        CallViewModel model = open(CallerLookup.NOBODY);

        assertThat(model.callerProperty().get().name()).isEqualTo("sip:barbie@example.org");
        assertThat(model.callerProperty().get().addressDiffersFromName()).isFalse();
        assertThat(model.callerProperty().get().initials()).isEmpty();
    }

    @Test
    void theStateInPlainWordsWithATickingTimer() {
        CallViewModel model = open(CallerLookup.NOBODY);
        assertThat(model.statusProperty().get()).isEqualTo("Calling…");

        call.emit(new CallState.Ringing());
        assertThat(model.statusProperty().get()).isEqualTo("Ringing…");

        call.connect();
        assertThat(model.statusProperty().get()).isEqualTo("Connected 00:00");
        clock.advance(Duration.ofSeconds(83));
        model.tick();
        assertThat(model.statusProperty().get()).isEqualTo("Connected 01:23");
        assertThat(model.phaseProperty().get()).isEqualTo(CallPhase.CONNECTED);
    }

    @Test
    void holdWaitsForTheOtherSideAndShowsOnHold() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();
        CompletableFuture<Void> agreed = new CompletableFuture<>();
        call.answerHoldWith(agreed);

        model.toggleHold();

        assertThat(call.actions()).containsExactly("hold:true");
        assertThat(model.holdPendingProperty().get()).isTrue();
        model.toggleHold();
        assertThat(call.actions()).as("no second re-INVITE while one is pending").containsExactly("hold:true");

        agreed.complete(null);

        assertThat(model.holdPendingProperty().get()).isFalse();
        assertThat(model.heldByUsProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("On hold 00:00");
        assertThat(model.phaseProperty().get()).isEqualTo(CallPhase.ON_HOLD);
    }

    @Test
    void aRefusedHoldIsSaidInPlainWords() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();
        call.answerHoldWith(CompletableFuture.failedFuture(new IllegalStateException("488 Not Acceptable Here")));

        model.toggleHold();

        assertThat(model.heldByUsProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Could not put the call on hold: 488 Not Acceptable Here");
    }

    @Test
    void heldByThemIsSaid() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.emit(new CallState.Connected(clock.instant(), false, true));

        assertThat(model.statusProperty().get()).isEqualTo("They put you on hold 00:00");
        assertThat(model.heldByUsProperty().get()).isFalse();
    }

    @Test
    void muteTogglesTheMicrophone() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();

        model.toggleMute();
        assertThat(model.mutedProperty().get()).isTrue();
        model.toggleMute();

        assertThat(model.mutedProperty().get()).isFalse();
        assertThat(call.actions()).containsExactly("mute:true", "mute:false");
    }

    @Test
    void keypadKeysTypedOnTheKeyboardAreSentAsDtmfWhileConnected() {
        CallViewModel model = open(CallerLookup.NOBODY);
        assertThat(model.typed("5")).as("not connected yet").isFalse();
        call.connect();

        assertThat(model.typed("1")).isTrue();
        assertThat(model.typed("#")).isTrue();
        assertThat(model.typed("*")).isTrue();
        assertThat(model.typed("a")).isFalse();
        assertThat(model.typed("")).isFalse();
        assertThat(model.press('9')).isTrue();

        assertThat(call.actions()).containsExactly("dtmf:1", "dtmf:#", "dtmf:*", "dtmf:9");
        assertThat(model.dialledProperty().get()).isEqualTo("1#*9");
    }

    @Test
    void qualityFiguresWithAVerdictRefreshEachTick() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();
        assertThat(model.qualityProperty().get()).isEqualTo(QualityFigures.NONE);

        call.setQuality(new CallQuality("opus/48000", 1234, 1230, 0.4, 3.2, 41.6, 4.31, Duration.ZERO));
        model.tick();

        QualityFigures figures = model.qualityProperty().get();
        assertThat(figures.codec()).isEqualTo("opus/48000");
        assertThat(figures.packets()).isEqualTo("1,234 sent · 1,230 received");
        assertThat(figures.loss()).isEqualTo("0.4 %");
        assertThat(figures.jitter()).isEqualTo("3 ms");
        assertThat(figures.roundTrip()).isEqualTo("42 ms");
        assertThat(figures.mosWithVerdict()).isEqualTo("4.3 · good");

        call.setQuality(new CallQuality("PCMU/8000", 900, 700, 12.5, 40, -1, 3.1, Duration.ZERO));
        model.tick();

        assertThat(model.qualityProperty().get().verdict()).isEqualTo(QualityVerdict.POOR);
        assertThat(model.qualityProperty().get().roundTrip()).isEqualTo("—");
    }

    @Test
    void theVerdictFollowsTheMos() {
        assertThat(QualityVerdict.of(0)).isEqualTo(QualityVerdict.UNKNOWN);
        assertThat(QualityVerdict.of(4.4)).isEqualTo(QualityVerdict.GOOD);
        assertThat(QualityVerdict.of(4.0)).isEqualTo(QualityVerdict.GOOD);
        assertThat(QualityVerdict.of(3.8)).isEqualTo(QualityVerdict.FAIR);
        assertThat(QualityVerdict.of(3.59)).isEqualTo(QualityVerdict.POOR);
        assertThat(QualityVerdict.of(1.0)).isEqualTo(QualityVerdict.POOR);
    }

    @Test
    void warnsWhenNoAudioArrivesExceptWhileOnHold() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();
        call.setQuality(new CallQuality("opus/48000", 500, 0, 0, 0, -1, 0, Duration.ofSeconds(4)));

        model.tick();
        assertThat(model.warningProperty().get())
                .isEqualTo("No incoming audio — the other side may not reach you (NAT/firewall)");

        model.toggleHold();
        model.tick();
        assertThat(model.warningProperty().get()).isEmpty();
    }

    @Test
    void theEndShowsTheReasonAndTheWindowClosesAfterAFewSeconds() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.emit(new CallState.Ringing());

        call.end(EndReason.Kind.BUSY);

        assertThat(model.statusProperty().get()).isEqualTo("They are busy");
        assertThat(model.phaseProperty().get()).isEqualTo(CallPhase.ENDED);
        clock.advance(Duration.ofSeconds(2));
        model.tick();
        assertThat(model.closeRequestedProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        model.tick();
        assertThat(model.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void aCallThatTalkedSaysForHowLong() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();
        clock.advance(Duration.ofSeconds(192));

        call.end(EndReason.Kind.REMOTE_HUNG_UP);

        assertThat(model.statusProperty().get()).isEqualTo("They hung up · 03:12");
        call.emit(new CallState.Ringing());
        assertThat(model.statusProperty().get()).as("an ended call stays ended").isEqualTo("They hung up · 03:12");
    }

    @Test
    void hangUpEndsTheCallThenClosesTheWindow() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();

        model.hangUp();
        assertThat(call.actions()).containsExactly("hangUp");
        assertThat(model.statusProperty().get()).isEqualTo("You hung up");
        assertThat(model.closeRequestedProperty().get()).isFalse();

        model.hangUp();
        assertThat(model.closeRequestedProperty().get()).isTrue();
        assertThat(call.actions()).containsExactly("hangUp");
    }

    @Test
    void closingTheWindowHangsUpALiveCallAndStopsFollowingIt() {
        CallViewModel model = open(CallerLookup.NOBODY);
        call.connect();

        model.close();

        assertThat(call.actions()).containsExactly("hangUp");
        assertThat(call.listenerCount()).isZero();
    }

    @Test
    void timesOverAnHourShowHours() {
        assertThat(CallTexts.elapsed(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(CallTexts.elapsed(Duration.ofSeconds(-5))).isEqualTo("00:00");
    }
}
