package org.switchboard.app.reach;

import java.time.Clock;
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

    public ReachResult decide(Person person, Intent intent) {
        return ReachPolicy.decide(requestFor(person, intent));
    }

    /** The policy's full input for {@code person}; public so views can explain it. */
    public ReachRequest requestFor(Person person, Intent intent) {
        var statuses = person.endpoints().stream().map(context::statusOf).toList();
        ChannelKind lastUsed = person.storedId().flatMap(repository::lastUsed).orElse(null);
        var open = person.storedId().flatMap(context::openConversation).orElse(null);
        return new ReachRequest(person.displayName(), statuses, context.usableKinds(), context.ownAvailability(),
                Availability.FREE, intent, lastUsed, person.preferredChannel(), open, clock.instant(), clock.getZone());
    }

    /** Remembers that the person was reached by {@code channel}, for the next decision's tie-break. */
    public void recordUse(Person person, ChannelKind channel) {
        person.storedId().ifPresent(id -> repository.recordUse(id, channel));
    }
}
