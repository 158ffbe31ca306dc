package org.switchboard.contacts.merge;

import org.switchboard.contacts.Person;

/**
 * Two persons that are probably the same.
 *
 * @param reason plain text naming the shared address ("both have the email anna@example.org")
 */
public record MergeSuggestion(Person first, Person second, String reason) {}
