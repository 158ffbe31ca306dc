package org.switchboard.contacts.merge;

import java.util.List;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;

/**
 * Merges two stored persons into one and undoes it. The absorbed person is kept (hidden) with all
 * its fields and endpoints, so that {@link #unmerge} restores it exactly. Each call is one
 * transaction.
 */
public interface MergeService {

    /**
     * Merges {@code absorb} into {@code keep} (see {@link PersonMerger}).
     *
     * @return the survivor as stored
     * @throws java.util.NoSuchElementException naming the id when either person is not stored
     * @throws IllegalArgumentException when both ids are the same
     */
    Person merge(PersonId keep, PersonId absorb);

    /**
     * Restores the absorbed person with its id, fields and endpoints, and removes from the survivor
     * only what the merge added.
     *
     * @return the restored person
     * @throws java.util.NoSuchElementException when {@code absorbed} was not merged into anyone
     */
    Person unmerge(PersonId absorbed);

    /** The persons merged into {@code survivor} that can still be unmerged, oldest first. */
    List<PersonId> absorbedInto(PersonId survivor);

    /**
     * The persons merged into {@code survivor} that can still be unmerged, as they were when merged
     * (so that a user can be shown whom {@link #unmerge} would bring back), oldest first.
     */
    List<Person> absorbedPersons(PersonId survivor);
}
