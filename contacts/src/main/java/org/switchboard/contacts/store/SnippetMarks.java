package org.switchboard.contacts.store;

import java.util.ArrayList;
import java.util.List;
import org.switchboard.contacts.history.Snippet;

/**
 * FTS5's {@code snippet()} marks matches with two control characters that XML (and so XMPP) cannot
 * carry; they are split into plain-text spans here, so no message text is ever parsed as markup.
 */
final class SnippetMarks {
    static final char OPEN = '\u0002';
    static final char CLOSE = '\u0003';
    /** The {@code snippet()} call for column 0 of {@code history_fts}, at most 16 tokens. */
    static final String SQL = "snippet(history_fts, 0, char(2), char(3), '…', 16)";

    private SnippetMarks() {}

    static Snippet parse(String marked) {
        List<Snippet.Span> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN || c == CLOSE) {
                flush(spans, text, match);
                match = c == OPEN;
            } else {
                text.append(c);
            }
        }
        flush(spans, text, match);
        return new Snippet(spans);
    }

    private static void flush(List<Snippet.Span> spans, StringBuilder text, boolean match) {
        if (!text.isEmpty()) {
            spans.add(new Snippet.Span(text.toString(), match));
            text.setLength(0);
        }
    }
}
