package org.switchboard.app.reach;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.switchboard.contacts.Availability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.reach.OpenConversation;

/**
 * What the running channels know right now: each endpoint's presence and capabilities, which
 * kinds of endpoint the user's accounts can act on, the user's own availability and open
 * conversations. Channel adapters feed it; the Reach policy reads it.
 */
public interface ReachContext {
    EndpointStatus statusOf(Endpoint endpoint);

    Set<EndpointKind> usableKinds();

    /** The user's own availability; free unless a calendar or Do-Not-Disturb says otherwise. */
    default Availability ownAvailability() {
        return Availability.FREE;
    }

    /** The conversation open with the person right now, if any. */
    default Optional<OpenConversation> openConversation(PersonId person) {
        return Optional.empty();
    }

    /**
     * Why the endpoint's presence cannot be known, when the contact list says so: "waiting for them to
     * share their presence" (asked, not answered) or "they do not share their presence with you".
     * Empty when presence is shared (or nothing is known either way).
     */
    default Optional<String> sharingNote(Endpoint endpoint) {
        return Optional.empty();
    }

    /** The most reachable presence over all of the person's endpoints. */
    default Presence bestPresence(Iterable<Endpoint> endpoints) {
        Presence best = Presence.UNKNOWN;
        for (Endpoint endpoint : endpoints) {
            best = Presence.best(best, statusOf(endpoint).presence());
        }
        return best;
    }

    /**
     * The embedded default with no accounts: nothing has presence, and only email is usable (handed
     * to the system mail client as a {@code mailto:} URI).
     */
    ReachContext NO_ACCOUNTS = new ReachContext() {
        @Override
        public EndpointStatus statusOf(Endpoint endpoint) {
            return EndpointStatus.unknown(endpoint);
        }

        @Override
        public Set<EndpointKind> usableKinds() {
            return EnumSet.of(EndpointKind.EMAIL);
        }

    };
}
