package org.switchboard.app.testing;

import java.util.EnumSet;
import java.util.List;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.testing.InMemoryPersonRepository;
import org.switchboard.contacts.testing.SamplePersons;

/** A realistic address book with varied presence, for screenshots and demos. */
public final class SampleAddressBook {
    private static final Presence[] CHAT_PRESENCE = {Presence.AVAILABLE, Presence.AWAY, Presence.OFFLINE, Presence.BUSY,
        Presence.CHAT, Presence.OFFLINE, Presence.EXTENDED_AWAY};

    private SampleAddressBook() {}

    public static InMemoryPersonRepository repository(int count) {
        InMemoryPersonRepository repository = new InMemoryPersonRepository();
        repository.saveAll(SamplePersons.generate(count, 42));
        return repository;
    }

    /** Every XMPP address gets a presence in turn; SIP addresses of available persons can take calls. */
    public static ScriptedReachContext presence(List<Person> persons) {
        var reachability = new ScriptedReachContext(EnumSet.allOf(EndpointKind.class));
        int i = 0;
        for (Person person : persons) {
            Presence presence = CHAT_PRESENCE[i++ % CHAT_PRESENCE.length];
            for (Endpoint endpoint : person.endpoints()) {
                switch (endpoint.kind()) {
                    case XMPP -> reachability.set(endpoint, presence, capabilities(presence));
                    case SIP -> reachability.set(endpoint, presence.isOnline() ? Presence.AVAILABLE : Presence.OFFLINE,
                            Capability.VOICE_CALL);
                    case EMAIL, PHONE -> { }
                }
            }
        }
        return reachability;
    }

    private static Capability[] capabilities(Presence presence) {
        return presence.isAvailable() ? new Capability[] {Capability.TEXT_CHAT, Capability.VOICE_CALL}
                : new Capability[] {Capability.TEXT_CHAT};
    }
}
