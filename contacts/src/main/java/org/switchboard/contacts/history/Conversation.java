package org.switchboard.contacts.history;

import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;

/** Whose timeline: a person's (all their addresses, as the address book has them now) or one address's. */
public sealed interface Conversation {
    record WithPerson(PersonId person) implements Conversation {}

    record WithPeer(Endpoint peer) implements Conversation {}

    static Conversation with(PersonId person) {
        return new WithPerson(person);
    }

    static Conversation with(Endpoint peer) {
        return new WithPeer(peer);
    }
}
