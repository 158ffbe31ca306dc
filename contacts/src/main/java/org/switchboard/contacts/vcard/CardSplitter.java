package org.switchboard.contacts.vcard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a vCard file into cards by their BEGIN:VCARD / END:VCARD lines, remembering card numbers
 * and line numbers, so that one broken card cannot take the others with it. A card that runs into
 * the next BEGIN:VCARD (or the end of the file) without END:VCARD is returned with a problem.
 * vCard 2.1 AGENT cards nested inside a card are kept inside it.
 */
final class CardSplitter {
    private static final int MAX_WARNINGS = 100;
    private static final String BEGIN = "BEGIN:VCARD";
    private static final String END = "END:VCARD";

    private final LineSource lines;
    private final List<String> warnings = new ArrayList<>();
    private int lineNumber;
    private int cardNumber;
    private @Nullable String pendingBegin;

    CardSplitter(LineSource lines) {
        this.lines = lines;
    }

    /** The next card, or {@code null} at the end of the input. */
    @Nullable RawCard next() throws IOException {
        String begin = pendingBegin != null ? pendingBegin : skipToBegin();
        pendingBegin = null;
        if (begin == null) {
            return null;
        }
        int number = ++cardNumber;
        int startLine = lineNumber;
        StringBuilder text = new StringBuilder(512).append(begin).append("\r\n");
        int depth = 1;
        String previous = begin;
        String line;
        while ((line = lines.nextLine()) != null) {
            lineNumber++;
            boolean nested = is(line, BEGIN);
            if (nested && !isAgent(previous)) {
                pendingBegin = line;
                return new RawCard(number, startLine, text.toString(), "it has no END:VCARD before the next card");
            }
            text.append(line).append("\r\n");
            depth += nested ? 1 : is(line, END) ? -1 : 0;
            if (depth == 0) {
                return new RawCard(number, startLine, text.toString(), null);
            }
            previous = line;
        }
        return new RawCard(number, startLine, text.toString(), "the file ends before its END:VCARD");
    }

    /** Remarks about text outside any card. */
    List<String> warnings() {
        return warnings;
    }

    long position() {
        return lines.position();
    }

    private @Nullable String skipToBegin() throws IOException {
        String line;
        while ((line = lines.nextLine()) != null) {
            lineNumber++;
            if (line.strip().equalsIgnoreCase("BEGIN:VCARD")) {
                return line;
            }
            if (!line.isBlank() && warnings.size() < MAX_WARNINGS) {
                warnings.add("line " + lineNumber + " is outside any card and was ignored");
            }
        }
        return null;
    }

    /**
     * Whether the line, stripped and upper-cased, is {@code marker}; only lines of the marker's
     * length are upper-cased (upper-casing never shortens a string), so most lines cost no copy.
     */
    private static boolean is(String line, String marker) {
        String stripped = line.strip();
        return stripped.length() == marker.length() && stripped.toUpperCase(Locale.ROOT).equals(marker);
    }

    private static boolean isAgent(String line) {
        String upper = line.strip().toUpperCase(Locale.ROOT);
        return upper.startsWith("AGENT") && upper.endsWith(":");
    }
}
