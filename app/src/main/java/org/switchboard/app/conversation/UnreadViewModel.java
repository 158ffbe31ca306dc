package org.switchboard.app.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
import org.switchboard.contacts.PersonRepository;
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
    /** Finds the owner of a message stored without one (no copy of the address book is kept here). */
    private final PersonRepository persons;
    private final TaskRunner tasks;
    /** Persons with unread messages only: an address book of thousands mostly has none. */
    private final Map<PersonId, Integer> counts = new HashMap<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final AutoCloseable subscription;

    public UnreadViewModel(MessageHistory history, PersonRepository persons, ChannelHub hub, TaskRunner tasks) {
        this.history = history;
        this.persons = persons;
        this.tasks = tasks;
        this.subscription = hub.onMessage(this::arrived);
    }

    /** Counts everyone's unread messages in the background, in one query (when the address book was published). */
    public void countAll() {
        tasks.run(history::unreadByPerson, fresh -> {
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
        PersonId stored = message.person();
        tasks.run(() -> Optional.ofNullable(stored).or(() -> ownerOf(message.peer()))
                        .map(id -> Map.entry(id, history.unreadCount(Conversation.with(id)))),
                counted -> counted.ifPresent(count -> {
                    if (count.getValue() == 0) {
                        counts.remove(count.getKey());
                    } else {
                        counts.put(count.getKey(), count.getValue());
                    }
                    changed();
                }), failure -> LOG.warn("Could not count unread messages from {}", message.peer().address(), failure));
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    /** The person with this address (a message stored before its sender was linked to a person); in the background. */
    private Optional<PersonId> ownerOf(Endpoint peer) {
        return persons.findByAddress(peer.kind(), peer.address()).stream().map(Person::id).filter(Objects::nonNull).findFirst();
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
