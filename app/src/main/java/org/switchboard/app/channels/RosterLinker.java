package org.switchboard.app.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.StartupTrace;
import org.switchboard.channels.api.ContactList;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;

/**
 * Keeps roster entries and the address book together: an entry whose XMPP address a person already
 * has is linked to that person (its groups join the person's categories); any other entry becomes a
 * new person named as in the roster. Removed entries leave the persons alone: the address book is
 * the user's. One transaction per batch. Runs on the hub's thread.
 */
final class RosterLinker {
    private static final Logger LOG = LoggerFactory.getLogger(RosterLinker.class);
    private final PersonRepository persons;

    RosterLinker(PersonRepository persons) {
        this.persons = persons;
    }

    /**
     * Links or creates a person for each entry; returns how many persons were created or changed. The
     * address book is read once for the whole batch (a roster of 2,000 took 2,000 queries, 0.1–0.3 s).
     */
    int link(List<ContactList.Entry> entries) {
        List<Person> created = new ArrayList<>();
        Map<PersonId, Person> updated = new LinkedHashMap<>(); // one person owning several entries changes once
        Set<String> seen = new HashSet<>();
        Map<String, List<Person>> ownersByAddress = persons.findByAddresses(EndpointKind.XMPP,
                entries.stream().map(e -> e.endpoint().address()).toList());
        for (ContactList.Entry entry : entries) {
            String address = entry.endpoint().address().toLowerCase(Locale.ROOT);
            if (!seen.add(address)) {
                continue;
            }
            List<Person> owners = ownersByAddress.getOrDefault(address, List.of());
            if (owners.isEmpty()) {
                created.add(Person.named(name(entry), entry.endpoint()).withCategories(entry.groups()));
            } else {
                PersonId id = owners.getFirst().storedId().orElseThrow();
                Person owner = updated.getOrDefault(id, owners.getFirst());
                Set<String> categories = new LinkedHashSet<>(owner.categories());
                if (categories.addAll(entry.groups())) {
                    updated.put(id, owner.withCategories(categories));
                }
            }
        }
        List<Person> changed = new ArrayList<>(created);
        changed.addAll(updated.values());
        if (!changed.isEmpty()) {
            persons.saveAll(changed);
            LOG.info("Roster: {} persons created or updated from {} entries", changed.size(), entries.size());
        }
        return changed.size();
    }

    private static String name(ContactList.Entry entry) {
        if (!entry.name().isBlank()) {
            return entry.name().strip();
        }
        String address = entry.endpoint().address();
        return address.substring(0, address.indexOf('@'));
    }

    /**
     * Reads {@code contacts}, links every entry and hands the entries to {@code read} (on {@code hub}, the
     * hub's thread); a failure is logged. Calls {@code then} on the hub's thread either way.
     */
    void linkAll(String accountKey, ContactList contacts, Executor hub, Consumer<List<ContactList.Entry>> read, Runnable then) {
        contacts.entries().whenComplete((entries, failure) -> hub.execute(() -> {
            StartupTrace.mark("roster read " + accountKey);
            if (failure != null) {
                LOG.warn("Could not read the contact list of {}: {}", accountKey, failure.getMessage());
            } else {
                link(entries);
                read.accept(entries);
                StartupTrace.mark("roster linked " + accountKey + " (" + entries.size() + " entries)");
            }
            then.run();
        }));
    }
}
