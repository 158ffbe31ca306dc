package org.switchboard.app.conversation;

import java.util.Comparator;
import java.util.List;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Person;

/**
 * Which of a person's addresses a conversation can send to: XMPP addresses first, then SIP addresses
 * (SIP MESSAGE) unless the peer's device said it does not take messages.
 */
public final class ChatAddresses {
    private ChatAddresses() {
    }

    /** True for the kinds of address a chat message can go to. */
    public static boolean isChatKind(Endpoint endpoint) {
        return endpoint.kind() == EndpointKind.XMPP || endpoint.kind() == EndpointKind.SIP;
    }

    public static List<Endpoint> of(Person person, ReachContext reach) {
        return person.endpoints().stream().filter(ChatAddresses::isChatKind).filter(e -> !refusesMessages(reach.statusOf(e)))
                .sorted(Comparator.comparingInt(e -> e.kind() == EndpointKind.XMPP ? 0 : 1)).toList();
    }

    private static boolean refusesMessages(EndpointStatus status) {
        return status.endpoint().kind() == EndpointKind.SIP && status.capabilitiesKnown() && !status.can(Capability.TEXT_CHAT);
    }
}
