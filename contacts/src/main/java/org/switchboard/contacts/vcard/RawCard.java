package org.switchboard.contacts.vcard;

import org.jspecify.annotations.Nullable;

/**
 * One card's text as found in the file.
 *
 * @param number 1-based position in the file
 * @param line 1-based line it starts on
 * @param text the lines from BEGIN:VCARD to END:VCARD
 * @param problem why the card cannot be read as it is (no END:VCARD), or {@code null}
 */
record RawCard(int number, int line, String text, @Nullable String problem) {}
