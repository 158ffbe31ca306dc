package org.switchboard.contacts.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Endpoint labels from and to vCard TYPE parameters and Apple's {@code itemN.X-ABLabel}: types
 * that mean nothing to a user (pref, internet, voice, x400) are dropped, {@code cell} reads as
 * "mobile"; labels that are not types are written as X-ABLabel.
 */
final class Labels {
    private static final Set<String> NOISE = Set.of("pref", "internet", "voice", "x400");
    private static final Set<String> KNOWN = Set.of("work", "home", "mobile", "fax", "pager", "text", "video",
            "other", "main", "personal", "business", "iphone");
    private static final String SEPARATOR = ", ";

    private Labels() {}

    static String fromTypes(List<String> types) {
        List<String> words = new ArrayList<>();
        for (String type : types) {
            String word = type.strip().toLowerCase(Locale.ROOT);
            word = word.equals("cell") ? "mobile" : word;
            if (!word.isEmpty() && !NOISE.contains(word) && !words.contains(word)) {
                words.add(word);
            }
        }
        return String.join(SEPARATOR, words);
    }

    /** An Apple label ({@code _$!<Mobile>!$_} or free text) as an endpoint label. */
    static String fromAppleLabel(String value) {
        String text = value.strip();
        if (text.startsWith("_$!<") && text.endsWith(">!$_")) {
            text = text.substring(4, text.length() - 4);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return KNOWN.contains(lower) ? lower : text;
    }

    /** The TYPE values that say {@code label}, or empty when it is not made of known types. */
    static List<String> toTypes(String label) {
        if (label.isEmpty()) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (String word : label.split(SEPARATOR)) {
            if (!KNOWN.contains(word)) {
                return List.of();
            }
            types.add(word.equals("mobile") ? "cell" : word);
        }
        return types;
    }
}
