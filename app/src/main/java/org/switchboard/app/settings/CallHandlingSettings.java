package org.switchboard.app.settings;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * How one SIP account treats calls, as stored in the profile under {@code account.<key>.}: the
 * {@link CallHandling.Rules} ({@code calls.dnd}, {@code calls.forward.always}, {@code calls.forward.busy},
 * {@code calls.forward.no-answer}, {@code calls.no-answer-seconds}) and whether media must be
 * encrypted ({@code srtp}). Loading and saving block on the profile: call them in the background.
 *
 * @param rules Do-Not-Disturb and forwarding, for {@link CallHandling#apply}
 * @param requireSrtp refuse calls whose audio is not encrypted (SRTP)
 */
public record CallHandlingSettings(CallHandling.Rules rules, boolean requireSrtp) {
    public static final CallHandlingSettings DEFAULTS = new CallHandlingSettings(CallHandling.Rules.NONE, false);
    static final int MIN_NO_ANSWER_SECONDS = 5;
    static final int MAX_NO_ANSWER_SECONDS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(CallHandlingSettings.class);
    private static final String DND = "calls.dnd";
    private static final String ALWAYS = "calls.forward.always";
    private static final String BUSY = "calls.forward.busy";
    private static final String NO_ANSWER = "calls.forward.no-answer";
    private static final String NO_ANSWER_SECONDS = "calls.no-answer-seconds";
    private static final String SRTP = "srtp";

    /** The settings of the account with {@code accountKey} ({@code sip:alice@example.org}); the defaults where none are stored. */
    public static CallHandlingSettings load(ProfileSettings settings, String accountKey) {
        String prefix = prefix(accountKey);
        CallHandling.Rules rules = new CallHandling.Rules(
                flag(settings, prefix + DND),
                text(settings, prefix + ALWAYS),
                text(settings, prefix + BUSY),
                text(settings, prefix + NO_ANSWER),
                Duration.ofSeconds(seconds(settings, prefix + NO_ANSWER_SECONDS)));
        return new CallHandlingSettings(rules, flag(settings, prefix + SRTP));
    }

    /** Stores these settings for the account with {@code accountKey}, in one transaction. */
    public void save(ProfileSettings settings, String accountKey) {
        String prefix = prefix(accountKey);
        Map<String, String> values = new HashMap<>();
        values.put(prefix + DND, Boolean.toString(rules.doNotDisturb()));
        values.put(prefix + ALWAYS, rules.forwardAlways().orElse(""));
        values.put(prefix + BUSY, rules.forwardWhenBusy().orElse(""));
        values.put(prefix + NO_ANSWER, rules.forwardOnNoAnswer().orElse(""));
        values.put(prefix + NO_ANSWER_SECONDS, Long.toString(rules.noAnswerAfter().toSeconds()));
        values.put(prefix + SRTP, Boolean.toString(requireSrtp));
        settings.putAll(values);
    }

    /** {@code account.<key>.}: where an account's settings live (removed with the account). */
    public static String prefix(String accountKey) {
        return org.switchboard.contacts.accounts.Account.settingsPrefix(accountKey);
    }

    private static boolean flag(ProfileSettings settings, String key) {
        return settings.get(key).map(String::strip).map(Boolean::parseBoolean).orElse(false);
    }

    private static Optional<String> text(ProfileSettings settings, String key) {
        return settings.get(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static long seconds(ProfileSettings settings, String key) {
        long fallback = CallHandling.Rules.NONE.noAnswerAfter().toSeconds();
        Optional<String> stored = settings.get(key).map(String::strip);
        try {
            return stored.isEmpty() ? fallback
                    : Math.clamp(Long.parseLong(stored.get()), MIN_NO_ANSWER_SECONDS, MAX_NO_ANSWER_SECONDS);
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring the stored no-answer time '{}' of {}; using {} s", stored.orElse(""), key, fallback);
            return fallback;
        }
    }
}
