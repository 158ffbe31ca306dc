package org.switchboard.contacts.reach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Availability;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;

/**
 * Everything the Reach policy looks at, gathered by its caller.
 *
 * @param personName how the person is called in the reasons
 * @param endpoints each endpoint of the person with its presence and capabilities, in the user's order
 * @param usableKinds the kinds of endpoint the user can act on right now: EMAIL is always usable
 *     (the system mail client); XMPP needs a connected XMPP account; SIP and PHONE a registered SIP account
 * @param own the user's own availability
 * @param theirs the person's availability (from their calendar or status)
 * @param intent what the user asked for
 * @param lastUsed the channel last used with this person, or {@code null}
 * @param preferred the per-person preference, or {@code null}
 * @param open the conversation open with this person right now, or {@code null}
 * @param now the instant the decision is made for
 * @param zone the zone that times in reasons are written in
 */
public record ReachRequest(
        String personName,
        List<EndpointStatus> endpoints,
        Set<EndpointKind> usableKinds,
        Availability own,
        Availability theirs,
        Intent intent,
        @Nullable ChannelKind lastUsed,
        @Nullable ChannelKind preferred,
        @Nullable OpenConversation open,
        Instant now,
        ZoneId zone) {

    public ReachRequest {
        Objects.requireNonNull(personName, "personName");
        endpoints = List.copyOf(endpoints);
        usableKinds = Set.copyOf(usableKinds);
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
    }

    /** A request with defaults: both free, intent any, no history, no preference, nothing open. */
    public static ReachRequest of(String personName, List<EndpointStatus> endpoints, Set<EndpointKind> usableKinds, Instant now, ZoneId zone) {
        return new ReachRequest(personName, endpoints, usableKinds, Availability.FREE, Availability.FREE, Intent.ANY, null, null, null, now, zone);
    }

    public ReachRequest withIntent(Intent newIntent) {
        return new ReachRequest(personName, endpoints, usableKinds, own, theirs, newIntent, lastUsed, preferred, open, now, zone);
    }

    public ReachRequest withOwn(Availability availability) {
        return new ReachRequest(personName, endpoints, usableKinds, availability, theirs, intent, lastUsed, preferred, open, now, zone);
    }

    public ReachRequest withTheirs(Availability availability) {
        return new ReachRequest(personName, endpoints, usableKinds, own, availability, intent, lastUsed, preferred, open, now, zone);
    }

    public ReachRequest withLastUsed(@Nullable ChannelKind channel) {
        return new ReachRequest(personName, endpoints, usableKinds, own, theirs, intent, channel, preferred, open, now, zone);
    }

    public ReachRequest withPreferred(@Nullable ChannelKind channel) {
        return new ReachRequest(personName, endpoints, usableKinds, own, theirs, intent, lastUsed, channel, open, now, zone);
    }

    public ReachRequest withOpen(@Nullable OpenConversation conversation) {
        return new ReachRequest(personName, endpoints, usableKinds, own, theirs, intent, lastUsed, preferred, conversation, now, zone);
    }
}
