package org.switchboard.app.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Unread messages per person, for the badges in the people list: counted in the background when the
 * address book is published, recounted for a person when a message from them arrives, cleared when
 * their conversation is read. {@link #versionProperty()} changes whenever a count does.
 */
public final class UnreadViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadViewModel.class);

    private final MessageHistory history;
    private final TaskRunner tasks;
    /** Persons with unread messages only: an address book of thousands mostly has none. */
    private final Map<PersonId, Integer> counts = new HashMap<>();
    /** The persons last counted for, to find the owner of a message stored without one. */
    private List<Person> persons = List.of();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final AutoCloseable subscription;

    public UnreadViewModel(MessageHistory history, ChannelHub hub, TaskRunner tasks) {
        this.history = history;
        this.tasks = tasks;
        this.subscription = hub.onMessage(this::arrived);
    }

    /** Counts everyone's unread messages in the background, in one query. */
    public void countFor(List<Person> persons) {
        tasks.run(history::unreadByPerson, fresh -> {
            this.persons = persons;
            counts.clear();
            counts.putAll(fresh);
            changed();
        }, failure -> LOG.warn("Could not count unread messages", failure));
    }

    /** Unread messages from the person; 0 when none or unknown. */
    public int unread(Person person) {
        return person.id() == null ? 0 : counts.getOrDefault(person.id(), 0);
    }

    /** The person's conversation was read. */
    public void read(PersonId id) {
        if (counts.remove(id) != null) {
            changed();
        }
    }

    private void arrived(MessageRecord message) {
        if (message.direction() != Direction.IN || !message.unread()) {
            return;
        }
        Optional<PersonId> owner = Optional.ofNullable(message.person()).or(() -> ownerOf(message.peer()));
        owner.ifPresent(id -> tasks.run(() -> history.unreadCount(Conversation.with(id)), count -> {
            if (count == 0) {
                counts.remove(id);
            } else {
                counts.put(id, count);
            }
            changed();
        }, failure -> LOG.warn("Could not count unread messages of {}", id, failure)));
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    /** The person with this address among those counted for (a message stored before it was linked). */
    private Optional<PersonId> ownerOf(Endpoint peer) {
        return persons.stream()
                .filter(p -> p.id() != null && p.endpoints().stream()
                        .anyMatch(e -> e.kind() == peer.kind() && e.address().equals(peer.address())))
                .map(Person::id)
                .findFirst();
    }

    /** Changes whenever a count changes (the list redraws its badges). */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop listening to messages", e);
        }
    }
}
