package org.switchboard.contacts.vcard;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Person;

/**
 * What one card gave: its person, or why it was skipped, and the remarks made while reading it,
 * in the order they were made.
 */
record CardResult(@Nullable Person person, @Nullable SkippedCard skipped, List<String> warnings) {
    static CardResult skipped(RawCard raw, String reason, List<String> warnings) {
        return new CardResult(null, new SkippedCard(raw.number(), raw.line(), reason), warnings);
    }
}
