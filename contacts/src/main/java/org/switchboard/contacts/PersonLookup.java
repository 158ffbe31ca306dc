package org.switchboard.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the person a user means by what they typed: an id ({@code 42}), an address or URI
 * ({@code barbie@example.org}, {@code sip:…}, {@code +49 170 1234567}), or a name (exact first,
 * then a unique partial match).
 */
public final class PersonLookup {
    private final PersonRepository repository;

    public PersonLookup(PersonRepository repository) {
        this.repository = repository;
    }

    /** The outcome of a lookup. */
    public sealed interface Result {
        record Found(Person person) implements Result {}

        record NotFound(String message) implements Result {}

        record Ambiguous(String message, List<Person> candidates) implements Result {}
    }

    public Result resolve(String text) {
        String query = text.strip();
        if (query.isEmpty()) {
            return new Result.NotFound("no person given");
        }
        if (query.matches("[0-9]{1,18}") && !query.startsWith("0")) {
            Optional<Person> byId = repository.find(new PersonId(Long.parseLong(query)));
            if (byId.isPresent()) {
                return new Result.Found(byId.get());
            }
        }
        Optional<Endpoint> address = Addresses.fromUri(query);
        if (address.isPresent()) {
            Result byAddress = byAddress(query, address.get());
            if (!(byAddress instanceof Result.NotFound)) {
                return byAddress;
            }
        }
        return byName(query);
    }

    private Result byAddress(String query, Endpoint endpoint) {
        List<Person> hits = repository.findByAddress(endpoint.kind(), endpoint.address());
        if (hits.isEmpty() && endpoint.kind() == EndpointKind.EMAIL) {
            hits = repository.findByAddress(EndpointKind.XMPP, endpoint.address());
        }
        return oneOf(query, hits);
    }

    private Result byName(String query) {
        List<Person> all = repository.findAll();
        List<Person> exact = all.stream().filter(p -> p.displayName().equalsIgnoreCase(query)).toList();
        if (!exact.isEmpty()) {
            return oneOf(query, exact);
        }
        String lower = query.toLowerCase(Locale.ROOT);
        return oneOf(query, all.stream().filter(p -> p.displayName().toLowerCase(Locale.ROOT).contains(lower)).toList());
    }

    private static Result oneOf(String query, List<Person> hits) {
        if (hits.size() == 1) {
            return new Result.Found(hits.getFirst());
        }
        if (hits.isEmpty()) {
            return new Result.NotFound("no person matches \"" + query + "\"");
        }
        StringBuilder names = new StringBuilder();
        hits.stream().limit(5).forEach(p -> names.append(names.isEmpty() ? "" : ", ")
                .append(p.displayName()).append(" (id ").append(p.id()).append(')'));
        String more = hits.size() > 5 ? " and " + (hits.size() - 5) + " more" : "";
        return new Result.Ambiguous("\"" + query + "\" matches " + hits.size() + " persons: " + names + more
                + "; give an id or an address", hits);
    }
}
