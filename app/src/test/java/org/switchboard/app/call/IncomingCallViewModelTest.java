package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MutableClock;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;

class IncomingCallViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final Endpoint kenSip = Addresses.parse(EndpointKind.SIP, "sip:ken@example.org");
    private final FakeCall call = FakeCall.incoming(kenSip, Optional.of("Ken"), clock);
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final List<Call> accepted = new ArrayList<>();

    private IncomingCallViewModel open(CallerLookup callers) {
        return new IncomingCallViewModel(call, callers, media, new DirectTaskRunner(), clock, accepted::add);
    }

    @Test
    void ringsAndShowsTheCallerAsTheAddressBookKnowsThem() {
        IncomingCallViewModel model = open(remote -> Optional.of(Person.named("Ken Carson", kenSip)));

        assertThat(media.ringing()).isEqualTo(1);
        assertThat(model.callerProperty().get()).isEqualTo(new Caller("Ken Carson", "sip:ken@example.org", "KC", true));
        assertThat(model.statusProperty().get()).isEqualTo("is calling you…");
    }

    @Test
    void anUnknownCallerShowsTheNameTheyGave() {
        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        assertThat(model.callerProperty().get()).isEqualTo(new Caller("Ken", "sip:ken@example.org", "K", false));
    }

    @Test
    void acceptAnswersStopsRingingAndHandsTheCallOn() {
        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        model.accept();

        assertThat(call.actions()).containsExactly("answer");
        assertThat(media.ringing()).isZero();
        assertThat(accepted).containsExactly(call);
        assertThat(model.closeRequestedProperty().get()).isTrue();
        model.reject();
        assertThat(call.actions()).as("answered is answered").containsExactly("answer");
    }

    @Test
    void rejectDeclinesAndStopsRinging() {
        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        model.reject();

        assertThat(call.actions()).containsExactly("reject");
        assertThat(media.ringing()).isZero();
        assertThat(accepted).isEmpty();
        assertThat(model.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void whenTheCallerGivesUpItSaysMissedCallStopsRingingAndClosesAMomentLater() {
        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        call.end(EndReason.Kind.MISSED);

        assertThat(media.ringing()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Missed call");
        assertThat(model.openProperty().get()).isFalse();
        model.tick();
        assertThat(model.closeRequestedProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(3));
        model.tick();
        assertThat(model.closeRequestedProperty().get()).isTrue();
        model.accept();
        assertThat(call.actions()).isEmpty();
    }

    @Test
    void closingTheDialogWhileItRingsDeclines() {
        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        model.close();

        assertThat(call.actions()).containsExactly("reject");
        assertThat(media.ringing()).isZero();
        assertThat(call.listenerCount()).isZero();
    }

    @Test
    void aCallAlreadyOverWhenTheDialogOpensDoesNotRing() {
        call.emit(new CallState.Ended(EndReason.of(EndReason.Kind.MISSED), Duration.ZERO));

        IncomingCallViewModel model = open(CallerLookup.NOBODY);

        assertThat(media.ringsStarted()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Missed call");
    }
}
