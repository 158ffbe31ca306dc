package org.switchboard.contacts.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An excerpt of a matching text as plain-text spans, some of them marked as matches. Render every
 * span as text (never as markup): a message saying {@code <b>} shows {@code <b>}.
 */
public record Snippet(List<Span> spans) {
    /** A piece of the excerpt; {@code match} when it matched the query. */
    public record Span(String text, boolean match) {
        public Span {
            Objects.requireNonNull(text, "text");
        }
    }

    public Snippet {
        spans = List.copyOf(spans);
    }

    /** The excerpt without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        return text.toString();
    }

    /** The matches as [start, end) offsets into {@link #text()}. */
    public List<int[]> highlights() {
        List<int[]> ranges = new ArrayList<>();
        int offset = 0;
        for (Span span : spans) {
            if (span.match()) {
                ranges.add(new int[] {offset, offset + span.text().length()});
            }
            offset += span.text().length();
        }
        return ranges;
    }

    /** The excerpt with each match between {@code open} and {@code close}, for terminals and logs. */
    public String marked(String open, String close) {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.match() ? open + s.text() + close : s.text()));
        return text.toString();
    }
}
