package org.switchboard.contacts.vcard;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.Person;

/**
 * Reads one card's text into a person: plain cards with {@link PlainCards}, the others with
 * ez-vcard. Stateless and thread-safe, so that the cards of a file can be read in parallel: the
 * scribe index is shared (ez-vcard only reads it while parsing).
 */
final class CardReader {
    private static final Logger LOG = LoggerFactory.getLogger(CardReader.class);
    private static final ScribeIndex SCRIBES = scribes();

    private CardReader() {}

    /** The card's person, or why it was skipped; {@code source} names the input in messages. */
    static CardResult read(RawCard raw, String source) {
        return read(raw, source, true);
    }

    /** As {@link #read(RawCard, String)}; {@code plainFirst} false always reads with ez-vcard (for tests). */
    static CardResult read(RawCard raw, String source, boolean plainFirst) {
        List<String> warnings = new ArrayList<>(0);
        if (raw.problem() != null) {
            return CardResult.skipped(raw, raw.problem(), warnings);
        }
        String where = source + ", card " + raw.number() + " (line " + raw.line() + ")";
        try {
            VCard card = plainFirst ? PlainCards.parse(raw.text()) : null;
            if (card == null) {
                card = readWithEzvcard(raw, where, warnings);
            }
            if (card == null) {
                return CardResult.skipped(raw, "it is not a vCard", warnings);
            }
            Optional<Person> person = CardMapper.map(card, where, warnings);
            return person.isPresent() ? new CardResult(person.get(), null, warnings)
                    : CardResult.skipped(raw, "it has no name and no address", warnings);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Card {} of {} cannot be read", raw.number(), source, e);
            return CardResult.skipped(raw, "it cannot be read: " + e.getMessage(), warnings);
        }
    }

    private static @Nullable VCard readWithEzvcard(RawCard raw, String where, List<String> warnings)
            throws IOException {
        try (VCardReader reader = new VCardReader(raw.text())) {
            reader.setScribeIndex(SCRIBES);
            VCard card = reader.readNext();
            if (card == null) {
                return null;
            }
            for (ParseWarning warning : reader.getWarnings()) {
                warnings.add(where + ": " + describe(warning, raw.line()));
            }
            return card;
        }
    }

    private static String describe(ParseWarning warning, int cardLine) {
        Integer line = warning.getLineNumber();
        String prefix = line == null ? "" : "line " + (cardLine + line - 1) + ": ";
        String property = warning.getPropertyName() == null ? "" : warning.getPropertyName() + ": ";
        return prefix + property + warning.getMessage();
    }

    private static ScribeIndex scribes() {
        ScribeIndex index = new ScribeIndex();
        index.register(new TelScribe());
        return index;
    }
}
