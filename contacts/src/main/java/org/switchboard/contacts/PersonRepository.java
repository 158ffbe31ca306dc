package org.switchboard.contacts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The address book's storage port. Every write is one transaction: it happens whole or not at all.
 * Implementations are thread-safe; reads never see a half-written change.
 */
public interface PersonRepository extends AutoCloseable {

    /** Every person, ordered by display name (case-insensitive). */
    List<Person> findAll();

    Optional<Person> find(PersonId id);

    /** How many persons are stored. */
    int count();

    /**
     * Stores a new person (no id: one is assigned) or replaces a stored one (same id), with all its
     * endpoints.
     *
     * @return the stored person, with its id
     */
    Person save(Person person);

    /** Stores all of them in one transaction: either every one is stored or none is. */
    List<Person> saveAll(Collection<Person> persons);

    /** Deletes the person and its endpoints; {@code false} when there was no such person. */
    boolean delete(PersonId id);

    /**
     * Persons having an endpoint with this exact normalised address (case-insensitive), e.g. to
     * resolve {@code reach barbie@example.org} or link a roster entry.
     */
    List<Person> findByAddress(EndpointKind kind, String normalisedAddress);

    /**
     * {@link #findByAddress} for many addresses at once (a roster of thousands): the persons of each
     * address that has any, keyed by the address in lower case.
     */
    default Map<String, List<Person>> findByAddresses(EndpointKind kind, Collection<String> normalisedAddresses) {
        Map<String, List<Person>> found = new LinkedHashMap<>();
        for (String address : normalisedAddresses) {
            List<Person> owners = findByAddress(kind, address);
            if (!owners.isEmpty()) {
                found.put(address.toLowerCase(Locale.ROOT), owners);
            }
        }
        return found;
    }

    /** Remembers that {@code channel} was just used with the person (the Reach policy's tie-breaker). */
    void recordUse(PersonId id, ChannelKind channel);

    /** The channel last used with the person, if any. */
    Optional<ChannelKind> lastUsed(PersonId id);

    @Override
    void close();
}
