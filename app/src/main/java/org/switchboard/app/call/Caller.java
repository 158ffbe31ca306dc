package org.switchboard.app.call;

import java.util.Optional;
import org.switchboard.app.person.Initials;
import org.switchboard.channels.api.Call;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PhoneNumbers;

/**
 * The other side of a call as the windows show it.
 *
 * @param name the matching person's name, else the name the caller gave, else the address
 * @param address the address the call is with, written for people ({@code +49 30 123456}, {@code sip:ken@example.org})
 * @param initials the avatar's initials; empty when the caller is unknown and gave no name
 * @param known true when the caller is a person of the address book
 */
public record Caller(String name, String address, String initials, boolean known) {
    public static Caller of(Call call, Optional<Person> person) {
        String address = readable(call.remote());
        if (person.isPresent()) {
            String name = person.get().displayName();
            return new Caller(name, address, Initials.of(name), true);
        }
        Optional<String> given = call.remoteDisplayName().map(String::strip).filter(name -> !name.isEmpty());
        return new Caller(given.orElse(address), address, given.map(Initials::of).orElse(""), false);
    }

    /** Whether the address is worth a line of its own under the name. */
    public boolean addressDiffersFromName() {
        return !address.equals(name);
    }

    static String readable(Endpoint endpoint) {
        return endpoint.kind() == EndpointKind.PHONE ? PhoneNumbers.formatInternational(endpoint.address()) : endpoint.address();
    }
}
