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
    private final Map<PersonId, Integer> counts = new HashMap<>();
    private final Map<String, PersonId> owners = new HashMap<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final AutoCloseable subscription;

    public UnreadViewModel(MessageHistory history, ChannelHub hub, TaskRunner tasks) {
        this.history = history;
        this.tasks = tasks;
        this.subscription = hub.onMessage(this::arrived);
    }

    /** Counts everyone's unread messages in the background (persons with a chat address only). */
    public void countFor(List<Person> persons) {
        Map<String, PersonId> byAddress = new HashMap<>();
        List<PersonId> chatty = persons.stream().filter(UnreadViewModel::canChat).map(p -> {
            p.endpoints().forEach(e -> byAddress.put(key(e), p.id()));
            return p.id();
        }).toList();
        tasks.run(() -> {
            Map<PersonId, Integer> fresh = new HashMap<>();
            for (PersonId id : chatty) {
                fresh.put(id, history.unreadCount(Conversation.with(id)));
            }
            return fresh;
        }, fresh -> {
            owners.clear();
            owners.putAll(byAddress);
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
        if (counts.getOrDefault(id, 0) != 0) {
            counts.put(id, 0);
            changed();
        }
    }

    private void arrived(MessageRecord message) {
        if (message.direction() != Direction.IN || !message.unread()) {
            return;
        }
        Optional<PersonId> owner = Optional.ofNullable(message.person())
                .or(() -> Optional.ofNullable(owners.get(key(message.peer()))));
        owner.ifPresent(id -> tasks.run(() -> history.unreadCount(Conversation.with(id)), count -> {
            counts.put(id, count);
            changed();
        }, failure -> LOG.warn("Could not count unread messages of {}", id, failure)));
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    private static boolean canChat(Person person) {
        return person.id() != null && person.endpoints().stream().anyMatch(ChatAddresses::isChatKind);
    }

    private static String key(Endpoint endpoint) {
        return endpoint.kind().id() + ":" + endpoint.address();
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
