package org.switchboard.app.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a message body into plain text and links (http, https, xmpp, mailto, sip, tel). Nothing else
 * is interpreted: {@code <b>} stays the three characters it is.
 */
public final class LinkText {
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://[^\\s<>\"']+|(?:xmpp|mailto|sips?|tel):[^\\s<>\"']+)");
    private static final String TRAILING = ".,;:!?)]}'\"";

    private LinkText() {}

    /** A piece of the text; {@code uri} is set when the piece is a link. */
    public record Segment(String text, @Nullable String uri) {
        public boolean isLink() {
            return uri != null;
        }
    }

    public static List<Segment> split(String body) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        int done = 0;
        while (matcher.find()) {
            int end = trimmedEnd(body, matcher.start(), matcher.end());
            if (end <= matcher.start() + minimumLength(body, matcher.start())) {
                continue;
            }
            if (matcher.start() > done) {
                segments.add(new Segment(body.substring(done, matcher.start()), null));
            }
            String link = body.substring(matcher.start(), end);
            segments.add(new Segment(link, link));
            done = end;
        }
        if (done < body.length()) {
            segments.add(new Segment(body.substring(done), null));
        }
        return segments;
    }

    private static int trimmedEnd(String body, int start, int end) {
        int trimmed = end;
        while (trimmed > start && TRAILING.indexOf(body.charAt(trimmed - 1)) >= 0) {
            trimmed--;
        }
        return trimmed;
    }

    private static int minimumLength(String body, int start) {
        int colon = body.indexOf(':', start);
        return body.startsWith("//", colon + 1) ? colon + 3 - start : colon + 1 - start;
    }
}
