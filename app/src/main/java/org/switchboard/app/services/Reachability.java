package org.switchboard.app.services;

import java.util.Set;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/**
 * What the channels know right now: each endpoint's presence and capabilities, and which kinds of
 * endpoint the user can act on. Until accounts exist, every status is unknown and only email (the
 * system mail client) is usable.
 */
public interface Reachability {

    /** With no accounts: nothing known, email only. */
    Reachability NO_ACCOUNTS = new Reachability() {
        @Override
        public EndpointStatus statusOf(Endpoint endpoint) {
            return EndpointStatus.unknown(endpoint);
        }

        @Override
        public Set<EndpointKind> usableKinds() {
            return Set.of(EndpointKind.EMAIL);
        }
    };

    EndpointStatus statusOf(Endpoint endpoint);

    Set<EndpointKind> usableKinds();

    /** The most reachable presence over all of the person's endpoints. */
    default Presence bestPresence(Iterable<Endpoint> endpoints) {
        Presence best = Presence.UNKNOWN;
        for (Endpoint endpoint : endpoints) {
            best = Presence.best(best, statusOf(endpoint).presence());
        }
        return best;
    }
}
