package org.switchboard.app.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The call handling of one SIP account as a form: Do-Not-Disturb, forwarding (always, when busy, on
 * no answer after some seconds) and "require encrypted media". {@link #save()} checks the addresses,
 * stores the settings and hands them to {@code onSaved} (to apply them to the running channel).
 */
public final class CallHandlingViewModel {
    private final ProfileSettings settings;
    private final String accountKey;
    private final TaskRunner tasks;
    private final Consumer<CallHandlingSettings> onSaved;
    private final BooleanProperty doNotDisturb = new SimpleBooleanProperty(this, "doNotDisturb");
    private final Forward always = new Forward();
    private final Forward whenBusy = new Forward();
    private final Forward onNoAnswer = new Forward();
    private final IntegerProperty noAnswerSeconds = new SimpleIntegerProperty(this, "noAnswerSeconds",
            (int) CallHandling.Rules.NONE.noAnswerAfter().toSeconds());
    private final BooleanProperty requireSrtp = new SimpleBooleanProperty(this, "requireSrtp");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    /** One forwarding rule: on or off, and where to. */
    public record Forward(BooleanProperty on, StringProperty to) {
        Forward() {
            this(new SimpleBooleanProperty(), new SimpleStringProperty(""));
        }

        void show(Optional<String> target) {
            on.set(target.isPresent());
            to.set(target.orElse(""));
        }
    }

    /** {@code accountKey} is the SIP account's key ({@code sip:alice@example.org}). */
    public CallHandlingViewModel(ProfileSettings settings, String accountKey, TaskRunner tasks,
            Consumer<CallHandlingSettings> onSaved) {
        this.settings = settings;
        this.accountKey = accountKey;
        this.tasks = tasks;
        this.onSaved = onSaved;
    }

    /** Reads the stored settings in the background. */
    public void load() {
        loading.set(true);
        tasks.run(() -> CallHandlingSettings.load(settings, accountKey), stored -> {
            loading.set(false);
            show(stored);
        }, failure -> {
            loading.set(false);
            problem.set("The call settings could not be read: " + failure.getMessage());
        });
    }

    /** The form as settings, or empty (with {@link #problemProperty()} saying why) when an address is wrong. */
    public Optional<CallHandlingSettings> result() {
        try {
            CallHandling.Rules rules = new CallHandling.Rules(doNotDisturb.get(), target(always, "every call"),
                    target(whenBusy, "calls while you are busy"), target(onNoAnswer, "unanswered calls"),
                    Duration.ofSeconds(Math.clamp(noAnswerSeconds.get(), CallHandlingSettings.MIN_NO_ANSWER_SECONDS,
                            CallHandlingSettings.MAX_NO_ANSWER_SECONDS)));
            problem.set("");
            return Optional.of(new CallHandlingSettings(rules, requireSrtp.get()));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores the form in the background and hands the settings to {@code onSaved}; false when the form is wrong. */
    public boolean save() {
        Optional<CallHandlingSettings> result = result();
        result.ifPresent(chosen -> tasks.run(() -> {
            chosen.save(settings, accountKey);
            return chosen;
        }, onSaved, failure -> problem.set("The call settings could not be stored: " + failure.getMessage())));
        return result.isPresent();
    }

    private void show(CallHandlingSettings stored) {
        doNotDisturb.set(stored.rules().doNotDisturb());
        always.show(stored.rules().forwardAlways());
        whenBusy.show(stored.rules().forwardWhenBusy());
        onNoAnswer.show(stored.rules().forwardOnNoAnswer());
        noAnswerSeconds.set((int) stored.rules().noAnswerAfter().toSeconds());
        requireSrtp.set(stored.requireSrtp());
    }

    private static Optional<String> target(Forward forward, String what) {
        return forward.on().get() ? Optional.of(forwardTarget(forward.to().get(), what)) : Optional.empty();
    }

    /**
     * Where a call may be forwarded, normalised: a SIP address ({@code sip:bob@example.org}, or
     * {@code bob@example.org} taken as one), a phone number in E.164, or an extension ({@code 200}).
     *
     * @throws IllegalArgumentException in plain words, when {@code typed} is none of them
     */
    static String forwardTarget(String typed, String what) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give the address to forward " + what + " to");
        }
        try {
            if (text.matches("[0-9*#]{1,6}")) {
                return text;
            }
            if (text.matches("(?i)sips?:.*") || text.contains("@")) {
                return Addresses.parse(EndpointKind.SIP, text.matches("(?i)sips?:.*") ? text : "sip:" + text).address();
            }
            return Addresses.parse(EndpointKind.PHONE, text).address();
        } catch (InvalidAddressException e) {
            throw new IllegalArgumentException("Cannot forward " + what + " there: " + e.getMessage(), e);
        }
    }

    public String accountKey() {
        return accountKey;
    }

    public BooleanProperty doNotDisturbProperty() {
        return doNotDisturb;
    }

    public Forward always() {
        return always;
    }

    public Forward whenBusy() {
        return whenBusy;
    }

    public Forward onNoAnswer() {
        return onNoAnswer;
    }

    public IntegerProperty noAnswerSecondsProperty() {
        return noAnswerSeconds;
    }

    public BooleanProperty requireSrtpProperty() {
        return requireSrtp;
    }

    /** True while {@link #load()} reads the stored settings: the form shows the defaults until then, do not save it. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the form cannot be saved or read, in plain words; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
