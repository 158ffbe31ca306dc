package org.switchboard.app.testing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/** Presence set by the test: addresses map to a presence; everything else is unknown. */
public final class ScriptedReachContext implements ReachContext {
    private final Map<String, EndpointStatus> statuses = new ConcurrentHashMap<>();
    private final Set<EndpointKind> usable;

    public ScriptedReachContext(Set<EndpointKind> usable) {
        this.usable = EnumSet.copyOf(usable);
    }

    public ScriptedReachContext set(Endpoint endpoint, Presence presence, Capability... capabilities) {
        statuses.put(key(endpoint), EndpointStatus.of(endpoint, presence, capabilities));
        return this;
    }

    @Override
    public EndpointStatus statusOf(Endpoint endpoint) {
        return statuses.getOrDefault(key(endpoint), EndpointStatus.unknown(endpoint));
    }

    @Override
    public Set<EndpointKind> usableKinds() {
        return usable;
    }

    private static String key(Endpoint endpoint) {
        return endpoint.kind() + ":" + endpoint.address().toLowerCase(java.util.Locale.ROOT);
    }
}
