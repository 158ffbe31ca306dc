package org.switchboard.contacts.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user typed into a safe FTS5 query: the words (runs of letters, digits and marks) each
 * quoted as a string, all required, the last one as a prefix while it is still being typed. FTS5
 * syntax in the text ({@code "}, {@code AND}, {@code (}, {@code *}, {@code NEAR}, {@code col:})
 * is never interpreted.
 */
final class FtsQuery {
    private FtsQuery() {}

    /** The MATCH expression, or empty when the text has no word to look for. */
    static Optional<String> of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean typing = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                query.append(' ');
            }
            query.append('"').append(words.get(i).replace("\"", "\"\"")).append('"');
            if (typing && i == words.size() - 1) {
                query.append('*');
            }
        }
        return Optional.of(query.toString());
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isWordCharacter(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.PRIVATE_USE;
    }
}
