package org.switchboard.app.merging;

import java.util.Arrays;
import java.util.Comparator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.merge.MergeField;
import org.switchboard.contacts.merge.MergeSuggestion;

/**
 * One suggested pair and whom the user wants to keep. The default is the richer person (more
 * addresses, then more filled fields; the first one on a tie), so that a merge moves as little as possible.
 */
public final class MergeCandidate {
    private static final Comparator<Person> RICHNESS = Comparator.<Person>comparingInt(p -> p.endpoints().size())
            .thenComparingLong(MergeCandidate::filledFields);

    private final MergeSuggestion suggestion;
    private final ObjectProperty<Person> keep;

    MergeCandidate(MergeSuggestion suggestion) {
        this.suggestion = suggestion;
        Person first = suggestion.first();
        Person second = suggestion.second();
        this.keep = new SimpleObjectProperty<>(this, "keep", RICHNESS.compare(second, first) > 0 ? second : first);
    }

    public Person first() {
        return suggestion.first();
    }

    public Person second() {
        return suggestion.second();
    }

    /** "both have the email anna@example.org". */
    public String reason() {
        return suggestion.reason();
    }

    /** The person that survives the merge (one of {@link #first()} and {@link #second()}). */
    public ObjectProperty<Person> keepProperty() {
        return keep;
    }

    /** Keeps the person {@code keep} does not hold now. */
    public void switchKeep() {
        keep.set(absorbed());
    }

    /** The person merged into the kept one. */
    public Person absorbed() {
        return keep.get() == first() ? second() : first();
    }

    boolean involves(PersonId id) {
        return id.equals(first().id()) || id.equals(second().id());
    }

    /** The pair regardless of order, to remember a dismissal. */
    PairKey pair() {
        return PairKey.of(first(), second());
    }

    private static long filledFields(Person person) {
        return Arrays.stream(MergeField.values()).filter(f -> !f.isEmptyIn(person)).count();
    }

    record PairKey(long lower, long higher) {
        static PairKey of(Person a, Person b) {
            long x = idOf(a);
            long y = idOf(b);
            return new PairKey(Math.min(x, y), Math.max(x, y));
        }

        private static long idOf(Person person) {
            PersonId id = person.id();
            return id == null ? 0 : id.value();
        }
    }
}
