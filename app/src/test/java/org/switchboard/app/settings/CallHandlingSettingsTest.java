package org.switchboard.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.channels.api.CallHandling;

class CallHandlingSettingsTest {
    private static final String KEY = "sip:alice@example.org";
    private final MapProfileSettings settings = new MapProfileSettings();

    @Test
    void nothingStoredMeansNoRules() {
        assertThat(CallHandlingSettings.load(settings, KEY)).isEqualTo(CallHandlingSettings.DEFAULTS);
    }

    @Test
    void rulesRoundTripThroughTheProfile() {
        CallHandlingSettings chosen = new CallHandlingSettings(new CallHandling.Rules(true, Optional.empty(),
                Optional.of("sip:voicemail@example.org"), Optional.of("+4930123456"), Duration.ofSeconds(25)), true);

        chosen.save(settings, KEY);

        assertThat(CallHandlingSettings.load(settings, KEY)).isEqualTo(chosen);
        assertThat(settings.all()).containsEntry("account.sip:alice@example.org.calls.dnd", "true")
                .containsEntry("account.sip:alice@example.org.calls.forward.busy", "sip:voicemail@example.org")
                .containsEntry("account.sip:alice@example.org.calls.no-answer-seconds", "25")
                .containsEntry("account.sip:alice@example.org.srtp", "true");
        assertThat(CallHandlingSettings.load(settings, "sip:bob@example.org")).isEqualTo(CallHandlingSettings.DEFAULTS);
    }

    @Test
    void aBrokenStoredTimeFallsBackToTheDefault() {
        settings.put("account.sip:alice@example.org.calls.no-answer-seconds", "soon");

        assertThat(CallHandlingSettings.load(settings, KEY).rules().noAnswerAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theFormProducesRulesStoresThemAndHandsThemOn() {
        List<CallHandlingSettings> saved = new ArrayList<>();
        CallHandlingViewModel form = new CallHandlingViewModel(settings, KEY, new DirectTaskRunner(), saved::add);
        form.load();

        form.doNotDisturbProperty().set(false);
        form.always().on().set(true);
        form.always().to().set("bob@example.org");
        form.onNoAnswer().on().set(true);
        form.onNoAnswer().to().set("200");
        form.noAnswerSecondsProperty().set(30);
        form.requireSrtpProperty().set(true);

        assertThat(form.save()).isTrue();

        CallHandlingSettings expected = new CallHandlingSettings(new CallHandling.Rules(false,
                Optional.of("sip:bob@example.org"), Optional.empty(), Optional.of("200"), Duration.ofSeconds(30)), true);
        assertThat(saved).containsExactly(expected);
        assertThat(CallHandlingSettings.load(settings, KEY)).isEqualTo(expected);

        CallHandlingViewModel again = new CallHandlingViewModel(settings, KEY, new DirectTaskRunner(), s -> { });
        again.load();
        assertThat(again.always().to().get()).isEqualTo("sip:bob@example.org");
        assertThat(again.whenBusy().on().get()).isFalse();
        assertThat(again.noAnswerSecondsProperty().get()).isEqualTo(30);
        assertThat(again.requireSrtpProperty().get()).isTrue();
    }

    @Test
    void aForwardWithoutAGoodAddressIsRefusedInPlainWords() {
        List<CallHandlingSettings> saved = new ArrayList<>();
        CallHandlingViewModel form = new CallHandlingViewModel(settings, KEY, new DirectTaskRunner(), saved::add);
        form.whenBusy().on().set(true);

        assertThat(form.save()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo("Give the address to forward calls while you are busy to");

        form.whenBusy().to().set("not an address");
        assertThat(form.save()).isFalse();
        assertThat(form.problemProperty().get()).startsWith("Cannot forward calls while you are busy there: ");
        assertThat(saved).isEmpty();
        assertThat(settings.all()).isEmpty();
    }

    @Test
    void forwardTargetsAreNormalised() {
        assertThat(CallHandlingViewModel.forwardTarget(" sip:Voicemail@Example.org ", "x")).isEqualTo("sip:Voicemail@example.org");
        assertThat(CallHandlingViewModel.forwardTarget("+49 30 123456", "x")).isEqualTo("+4930123456");
        assertThat(CallHandlingViewModel.forwardTarget("*97", "x")).isEqualTo("*97");
    }
}
