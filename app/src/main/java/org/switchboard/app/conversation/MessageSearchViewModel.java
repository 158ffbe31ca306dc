package org.switchboard.app.conversation;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.SearchHit;

/** "Search messages…": full-text search over the whole history as the user types; a hit opens its conversation. */
public final class MessageSearchViewModel {
    static final int LIMIT = 100;

    private final MessageHistory history;
    private final TaskRunner tasks;
    private final Consumer<SearchHit> opener;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long generation;

    public MessageSearchViewModel(MessageHistory history, TaskRunner tasks, Consumer<SearchHit> opener) {
        this.history = history;
        this.tasks = tasks;
        this.opener = opener;
        query.addListener((obs, old, now) -> search(now));
    }

    private void search(String text) {
        long asked = ++generation;
        if (text.isBlank()) {
            hits.clear();
            summary.set("");
            return;
        }
        tasks.run(() -> history.search(text, LIMIT), found -> show(asked, found),
                failure -> summary.set("The history could not be searched: " + failure.getMessage()));
    }

    private void show(long asked, List<SearchHit> found) {
        if (asked != generation) {
            return;
        }
        hits.setAll(found);
        summary.set(switch (found.size()) {
            case 0 -> "No message contains “" + query.get().strip() + "”";
            case 1 -> "1 message";
            default -> found.size() >= LIMIT ? "The " + LIMIT + " most recent matches" : found.size() + " messages";
        });
    }

    /** Opens the conversation the hit belongs to. */
    public void open(SearchHit hit) {
        if (hit.message().person() == null) {
            summary.set("That message is from " + hit.message().peer().address() + ", who is not in the address book");
            return;
        }
        opener.accept(hit);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** How many hits, or why there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
