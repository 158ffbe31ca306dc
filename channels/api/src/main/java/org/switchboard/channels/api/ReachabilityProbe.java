package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.Endpoint;

/**
 * A channel that can ask the network, on demand, whether an address is reachable right now and what
 * its client can take (SIP: an OPTIONS request answered by the peer's device or refused by the
 * registrar). Channels with pushed presence (an XMPP roster) do not need it. The result is also
 * published to the channel's {@link PresenceSource} listeners.
 */
public interface ReachabilityProbe extends ChannelCapability {
    /** Completes with what the network answered; a probe that cannot be sent fails with a {@link ChannelException}. */
    CompletableFuture<org.switchboard.contacts.EndpointStatus> probe(Endpoint who);
}
