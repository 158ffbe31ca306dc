package org.switchboard.contacts;

/** The structured parts of a name (vCard N); every part may be empty. */
public record PersonName(String family, String given, String additional, String prefix, String suffix) {
    public static final PersonName EMPTY = new PersonName("", "", "", "", "");

    public boolean isEmpty() {
        return family.isEmpty() && given.isEmpty() && additional.isEmpty() && prefix.isEmpty() && suffix.isEmpty();
    }
}
