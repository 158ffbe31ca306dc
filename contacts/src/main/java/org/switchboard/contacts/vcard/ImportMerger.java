package org.switchboard.contacts.vcard;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.merge.AddressKey;
import org.switchboard.contacts.merge.PersonMerger;

/**
 * Merge detection during an import, in memory: a card sharing an address with a stored person or
 * an earlier card is merged into it. No database queries per card.
 */
final class ImportMerger {
    private final List<Person> persons = new ArrayList<>();
    private final BitSet changed = new BitSet();
    private final Map<AddressKey, Integer> owners = new HashMap<>();

    ImportMerger(List<Person> stored) {
        for (Person person : stored) {
            register(persons.size(), person);
            persons.add(person);
        }
    }

    /** Adds a card's person; {@code true} when it was merged into someone already known. */
    boolean add(Person card) {
        for (Endpoint endpoint : card.endpoints()) {
            Integer owner = owners.get(AddressKey.of(endpoint));
            if (owner != null) {
                Person merged = PersonMerger.merge(persons.get(owner), card).merged();
                persons.set(owner, merged);
                changed.set(owner);
                register(owner, merged);
                return true;
            }
        }
        int index = persons.size();
        persons.add(card);
        changed.set(index);
        register(index, card);
        return false;
    }

    /** The new and changed persons, to be saved. */
    List<Person> toSave() {
        List<Person> result = new ArrayList<>(changed.cardinality());
        changed.stream().forEach(i -> result.add(persons.get(i)));
        return result;
    }

    private void register(int index, Person person) {
        person.endpoints().forEach(e -> owners.putIfAbsent(AddressKey.of(e), index));
    }
}
