package org.switchboard.contacts;

import java.util.Set;

/**
 * What is known right now about one endpoint: its presence with status text and what its client
 * can do.
 *
 * @param capabilitiesKnown false until a channel has discovered them; the card then says "unknown"
 */
public record EndpointStatus(
        Endpoint endpoint, Presence presence, String statusText, Set<Capability> capabilities, boolean capabilitiesKnown) {
    public EndpointStatus {
        capabilities = Set.copyOf(capabilities);
    }

    /** The status of an endpoint no channel reports on yet. */
    public static EndpointStatus unknown(Endpoint endpoint) {
        return new EndpointStatus(endpoint, Presence.UNKNOWN, "", Set.of(), false);
    }

    public static EndpointStatus of(Endpoint endpoint, Presence presence, Capability... capabilities) {
        return new EndpointStatus(endpoint, presence, "", Set.of(capabilities), true);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
