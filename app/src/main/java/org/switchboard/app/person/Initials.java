package org.switchboard.app.person;

import java.util.Locale;

/** Up to two initials of a display name, for the avatar circle. */
public final class Initials {
    private Initials() {}

    public static String of(String displayName) {
        StringBuilder initials = new StringBuilder(2);
        for (String part : displayName.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.length() < 2 && Character.isLetterOrDigit(part.codePointAt(0))) {
                initials.appendCodePoint(part.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
