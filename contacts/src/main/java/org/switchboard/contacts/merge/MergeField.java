package org.switchboard.contacts.merge;

import java.util.List;
import java.util.Objects;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;

/** The single-valued fields of a person that a merge fills when the survivor has them empty. */
public enum MergeField {
    NAME,
    ORGANIZATION,
    TITLE,
    NOTE,
    BIRTHDAY,
    PHOTO,
    CATEGORIES,
    PREFERRED_CHANNEL;

    /** True when the field has no value in {@code person}. */
    public boolean isEmptyIn(Person person) {
        return switch (this) {
            case NAME -> person.name().isEmpty();
            case ORGANIZATION -> person.organization().isEmpty();
            case TITLE -> person.title().isEmpty();
            case NOTE -> person.note().isEmpty();
            case BIRTHDAY -> person.birthday() == null;
            case PHOTO -> person.photo() == null;
            case CATEGORIES -> person.categories().isEmpty();
            case PREFERRED_CHANNEL -> person.preferredChannel() == null;
        };
    }

    /** True when both persons hold the same value in this field. */
    public boolean sameIn(Person a, Person b) {
        return switch (this) {
            case NAME -> a.name().equals(b.name());
            case ORGANIZATION -> a.organization().equals(b.organization());
            case TITLE -> a.title().equals(b.title());
            case NOTE -> a.note().equals(b.note());
            case BIRTHDAY -> Objects.equals(a.birthday(), b.birthday());
            case PHOTO -> Objects.equals(a.photo(), b.photo());
            case CATEGORIES -> a.categories().equals(b.categories());
            case PREFERRED_CHANNEL -> a.preferredChannel() == b.preferredChannel();
        };
    }

    /** {@code target} with this field taken from {@code source}. */
    public Person copy(Person source, Person target) {
        Person t = target;
        return switch (this) {
            case NAME -> new Person(t.id(), t.displayName(), source.name(), t.organization(), t.title(), t.note(),
                    t.birthday(), t.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case ORGANIZATION -> new Person(t.id(), t.displayName(), t.name(), source.organization(), t.title(),
                    t.note(), t.birthday(), t.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case TITLE -> new Person(t.id(), t.displayName(), t.name(), t.organization(), source.title(), t.note(),
                    t.birthday(), t.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case NOTE -> new Person(t.id(), t.displayName(), t.name(), t.organization(), t.title(), source.note(),
                    t.birthday(), t.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case BIRTHDAY -> new Person(t.id(), t.displayName(), t.name(), t.organization(), t.title(), t.note(),
                    source.birthday(), t.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case PHOTO -> new Person(t.id(), t.displayName(), t.name(), t.organization(), t.title(), t.note(),
                    t.birthday(), source.photo(), t.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case CATEGORIES -> new Person(t.id(), t.displayName(), t.name(), t.organization(), t.title(), t.note(),
                    t.birthday(), t.photo(), source.categories(), t.endpoints(), t.preferredChannel(), t.extraVcard());
            case PREFERRED_CHANNEL -> t.withPreferredChannel(source.preferredChannel());
        };
    }

    /** {@code target} with this field emptied. */
    public Person clear(Person target) {
        Person empty = new Person(null, target.displayName(), PersonName.EMPTY, "", "", "", null, null, List.of(),
                List.of(), null, "");
        return copy(empty, target);
    }
}
