package org.switchboard.contacts.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;

/** A fake address book for unit tests of the code above the repository port. */
public final class InMemoryPersonRepository implements PersonRepository {
    private final Map<PersonId, Person> persons = new LinkedHashMap<>();
    private final Map<PersonId, ChannelKind> lastUsed = new HashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    @Override
    public synchronized List<Person> findAll() {
        return persons.values().stream()
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public synchronized Optional<Person> find(PersonId id) {
        return Optional.ofNullable(persons.get(id));
    }

    @Override
    public synchronized int count() {
        return persons.size();
    }

    @Override
    public synchronized Person save(Person person) {
        PersonId id = person.id() != null ? person.id() : new PersonId(nextId.getAndIncrement());
        nextId.updateAndGet(n -> Math.max(n, id.value() + 1));
        Person stored = person.withId(id);
        persons.put(id, stored);
        return stored;
    }

    @Override
    public synchronized List<Person> saveAll(Collection<Person> batch) {
        List<Person> stored = new ArrayList<>();
        batch.forEach(p -> stored.add(save(p)));
        return stored;
    }

    @Override
    public synchronized boolean delete(PersonId id) {
        lastUsed.remove(id);
        return persons.remove(id) != null;
    }

    @Override
    public synchronized List<Person> findByAddress(EndpointKind kind, String normalisedAddress) {
        return persons.values().stream()
                .filter(p -> p.endpoints().stream()
                        .anyMatch(e -> e.kind() == kind && e.address().equalsIgnoreCase(normalisedAddress)))
                .toList();
    }

    @Override
    public synchronized void recordUse(PersonId id, ChannelKind channel) {
        lastUsed.put(id, channel);
    }

    @Override
    public synchronized Optional<ChannelKind> lastUsed(PersonId id) {
        return Optional.ofNullable(lastUsed.get(id));
    }

    @Override
    public void close() {}
}
