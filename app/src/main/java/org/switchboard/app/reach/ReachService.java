package org.switchboard.app.reach;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Availability;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.reach.Intent;
import org.switchboard.contacts.reach.ReachPolicy;
import org.switchboard.contacts.reach.ReachRequest;
import org.switchboard.contacts.reach.ReachResult;

/** Asks the Reach policy about a stored person, with everything the app knows right now. */
public final class ReachService {
    private final PersonRepository repository;
    private final ReachContext context;
    private final Clock clock;

    public ReachService(PersonRepository repository, ReachContext context, Clock clock) {
        this.repository = repository;
        this.context = context;
        this.clock = clock;
    }

    /** Decides for a stored person, reading the channel last used from the address book (blocking). */
    public ReachResult decide(Person person, Intent intent) {
        ChannelKind lastUsed = person.storedId().flatMap(repository::lastUsed).orElse(null);
        return ReachPolicy.decide(requestFor(person, intent, lastUsed));
    }

    /** Decides with a channel-last-used the caller already knows (no I/O: safe on the FX thread). */
    public ReachResult decide(Person person, Intent intent, @Nullable ChannelKind lastUsed) {
        return ReachPolicy.decide(requestFor(person, intent, lastUsed));
    }

    /** The policy's full input for {@code person}. */
    public ReachRequest requestFor(Person person, Intent intent, @Nullable ChannelKind lastUsed) {
        var statuses = person.endpoints().stream().map(context::statusOf).toList();
        var open = person.storedId().flatMap(context::openConversation).orElse(null);
        return new ReachRequest(person.displayName(), statuses, context.usableKinds(), context.ownAvailability(),
                Availability.FREE, intent, lastUsed, person.preferredChannel(), open, clock.instant(), clock.getZone());
    }

    public ReachContext context() {
        return context;
    }

    /** Remembers that the person was reached by {@code channel}, for the next decision's tie-break. */
    public void recordUse(Person person, ChannelKind channel) {
        person.storedId().ifPresent(id -> repository.recordUse(id, channel));
    }
}
