package org.switchboard.app.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.reach.Intent;

/**
 * What a link handed to Switchboard asks for: {@code xmpp:} a chat, {@code sip:}/{@code sips:}/{@code tel:}
 * a call, with the person in the address book who has that address, if anyone.
 *
 * @param endpoint the address the link names (an {@code xmpp:} link's query such as {@code ?message} dropped)
 * @param intent chat or call
 * @param person the person with that address; empty when nobody has it yet
 */
record LinkTarget(Endpoint endpoint, Intent intent, Optional<Person> person) {

    /**
     * @throws IllegalArgumentException naming the link when it is not one of ours or its address is invalid
     */
    static LinkTarget of(String uri, List<Person> everyone) {
        String lower = uri.strip().toLowerCase(Locale.ROOT);
        boolean chat = lower.startsWith("xmpp:");
        if (!chat && !lower.startsWith("sip:") && !lower.startsWith("sips:") && !lower.startsWith("tel:")) {
            throw new IllegalArgumentException("\"" + uri + "\" is not an xmpp:, sip:, sips: or tel: link");
        }
        String address = chat ? stripQuery(uri.strip()) : uri.strip();
        Endpoint endpoint = Addresses.fromUri(address)
                .orElseThrow(() -> new IllegalArgumentException("\"" + uri + "\" does not name a valid address"));
        Optional<Person> owner = everyone.stream()
                .filter(p -> p.endpoints().stream().anyMatch(e -> e.sameAddress(endpoint)))
                .findFirst();
        return new LinkTarget(endpoint, chat ? Intent.CHAT : Intent.CALL, owner);
    }

    /** A new person for an address nobody has yet, named after it. */
    Person newPerson() {
        String name = endpoint.kind() == EndpointKind.SIP ? endpoint.address().replaceFirst("^sips?:", "") : endpoint.address();
        return Person.named(name, endpoint);
    }

    private static String stripQuery(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
