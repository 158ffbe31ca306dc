package org.switchboard.app.shell;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;

/** After the editor saved a person: asks to see the presence of each XMPP address the person did not have before. */
final class SubscriptionAsker {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionAsker.class);
    private final ChannelHub hub;

    SubscriptionAsker(ChannelHub hub) {
        this.hub = hub;
    }

    void saved(@Nullable Person before, Person after) {
        for (Endpoint added : added(before, after)) {
            hub.requestSubscription(added).whenComplete((ok, failure) -> {
                if (failure != null) {
                    LOG.info("Could not ask {} for a presence subscription: {}", added.address(), failure.toString());
                }
            });
        }
    }

    /** The XMPP endpoints of {@code after} whose address {@code before} (null: a new person) did not have. */
    static List<Endpoint> added(@Nullable Person before, Person after) {
        Set<String> known = before == null ? Set.of()
                : before.endpoints(EndpointKind.XMPP).stream().map(Endpoint::address).collect(Collectors.toSet());
        return after.endpoints(EndpointKind.XMPP).stream().filter(e -> !known.contains(e.address())).toList();
    }
}
