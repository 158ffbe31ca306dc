package org.switchboard.contacts.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;

/** Finds pairs of persons sharing an email, phone number (E.164), XMPP or SIP address. */
public final class MergeSuggestions {
    private MergeSuggestions() {}

    /**
     * Every pair of persons that share an address, in the order of {@code persons}; each pair is
     * suggested once, naming the first shared address found. Linear in the number of endpoints.
     */
    public static List<MergeSuggestion> find(List<Person> persons) {
        Map<AddressKey, Integer> firstHolder = new HashMap<>();
        Set<Long> suggestedPairs = new HashSet<>();
        List<MergeSuggestion> suggestions = new ArrayList<>();
        for (int index = 0; index < persons.size(); index++) {
            Person person = persons.get(index);
            for (Endpoint endpoint : person.endpoints()) {
                AddressKey key = AddressKey.of(endpoint);
                Integer holder = firstHolder.putIfAbsent(key, index);
                if (holder != null && holder != index && suggestedPairs.add(pairKey(holder, index))) {
                    suggestions.add(new MergeSuggestion(persons.get(holder), person, "both have " + key.describe()));
                }
            }
        }
        return suggestions;
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | second;
    }
}
