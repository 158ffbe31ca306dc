package org.switchboard.app.call;

import java.util.List;
import java.util.Optional;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonRepository;

/** Finds the person behind a call's other side. Blocking (it may read the address book): call it in the background. */
@FunctionalInterface
public interface CallerLookup {
    /** Nobody is ever found: calls show the address. */
    CallerLookup NOBODY = remote -> Optional.empty();

    Optional<Person> find(Endpoint remote);

    /**
     * Looks the address up in {@code repository}: the exact address first, then, for a SIP address
     * whose user part is a phone number ({@code sip:+4930123456@provider}), that number.
     */
    static CallerLookup of(PersonRepository repository) {
        return remote -> {
            List<Person> exact = repository.findByAddress(remote.kind(), remote.address());
            if (!exact.isEmpty()) {
                return Optional.of(exact.getFirst());
            }
            return phoneNumberOf(remote).flatMap(number -> repository.findByAddress(EndpointKind.PHONE, number.address())
                    .stream().findFirst());
        };
    }

    /** The phone number in a SIP address's user part, when it is one. */
    static Optional<Endpoint> phoneNumberOf(Endpoint remote) {
        if (remote.kind() != EndpointKind.SIP) {
            return Optional.empty();
        }
        String address = remote.address();
        int colon = address.indexOf(':');
        int at = address.indexOf('@');
        String user = address.substring(colon + 1, at > colon ? at : address.length());
        if (!user.matches("\\+?[0-9]{5,}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Addresses.parse(EndpointKind.PHONE, user));
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }
}
