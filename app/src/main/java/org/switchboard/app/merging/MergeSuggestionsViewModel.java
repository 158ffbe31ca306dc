package org.switchboard.app.merging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.merge.MergeService;
import org.switchboard.contacts.merge.MergeSuggestions;

/**
 * Persons that are probably the same, found in the background from the current address book; merging
 * a pair (keeping the person the user chose), dismissing a pair for this session, and the persons
 * merged into the selected one, each of which can be unmerged. Every merge and unmerge runs in the
 * background and then tells the address book to reload.
 */
public final class MergeSuggestionsViewModel {
    private static final String SHORTCUT = "Ctrl+M";

    private final MergeService merging;
    private final TaskRunner tasks;
    private final Runnable onAddressBookChanged;
    private final ObservableList<MergeCandidate> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Person> absorbed = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable Person> survivor = new SimpleObjectProperty<>(this, "survivor");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Set<MergeCandidate.PairKey> dismissed = new HashSet<>();
    private long suggestionRound;
    private long absorbedRound;

    public MergeSuggestionsViewModel(MergeService merging, TaskRunner tasks, Runnable onAddressBookChanged) {
        this.merging = merging;
        this.tasks = tasks;
        this.onAddressBookChanged = onAddressBookChanged;
        suggestions.addListener((ListChangeListener<MergeCandidate>) change -> hint.set(hintFor(suggestions.size())));
        survivor.addListener((obs, old, now) -> loadAbsorbed());
    }

    /**
     * Finds the suggestions among {@code persons} in the background; a computation that finishes after
     * a newer one was started is dropped.
     */
    public void suggestFrom(List<Person> persons) {
        long round = ++suggestionRound;
        tasks.run(() -> MergeSuggestions.find(persons), found -> {
            if (round == suggestionRound) {
                suggestions.setAll(found.stream().map(MergeCandidate::new)
                        .filter(c -> !dismissed.contains(c.pair())).toList());
            }
        }, problem -> message.set("Could not look for duplicates: " + problem.getMessage()));
    }

    /** Merges the pair into the person the user chose to keep. */
    public void merge(MergeCandidate candidate) {
        Person keep = candidate.keepProperty().get();
        Person absorb = candidate.absorbed();
        PersonId keepId = keep.id();
        PersonId absorbId = absorb.id();
        if (busy.get() || keepId == null || absorbId == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> merging.merge(keepId, absorbId), merged -> {
            busy.set(false);
            suggestions.removeIf(c -> c.involves(absorbId));
            message.set("Merged " + absorb.displayName() + " into " + merged.displayName());
            onAddressBookChanged.run();
            loadAbsorbed();
        }, problem -> failed("Could not merge " + absorb.displayName() + " into " + keep.displayName(), problem));
    }

    /** "Not the same": hides the pair until the application is restarted. */
    public void dismiss(MergeCandidate candidate) {
        dismissed.add(candidate.pair());
        suggestions.remove(candidate);
    }

    /** Restores {@code person} (one of {@link #absorbedPersons()}) as a person of their own. */
    public void unmerge(Person person) {
        PersonId id = person.id();
        if (busy.get() || id == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> merging.unmerge(id), restored -> {
            busy.set(false);
            Person from = survivor.get();
            message.set("Unmerged " + restored.displayName() + (from == null ? "" : " from " + from.displayName()));
            onAddressBookChanged.run();
            loadAbsorbed();
        }, problem -> failed("Could not unmerge " + person.displayName(), problem));
    }

    private void loadAbsorbed() {
        long round = ++absorbedRound;
        Person current = survivor.get();
        PersonId id = current == null ? null : current.id();
        if (id == null) {
            absorbed.clear();
            return;
        }
        tasks.run(() -> merging.absorbedPersons(id), found -> {
            if (round == absorbedRound) {
                absorbed.setAll(found);
            }
        }, problem -> message.set("Could not read whom " + current.displayName() + " was merged with: "
                + problem.getMessage()));
    }

    private void failed(String what, Throwable problem) {
        busy.set(false);
        message.set(what + ": " + problem.getMessage());
    }

    static String hintFor(int count) {
        return switch (count) {
            case 0 -> "";
            case 1 -> "1 possible duplicate — " + SHORTCUT;
            default -> count + " possible duplicates — " + SHORTCUT;
        };
    }

    /** The pairs to offer, in address book order. */
    public ObservableList<MergeCandidate> suggestions() {
        return suggestions;
    }

    /** The person whose merged persons {@link #absorbedPersons()} lists (the selected one). */
    public ObjectProperty<@Nullable Person> survivorProperty() {
        return survivor;
    }

    /** The persons merged into {@link #survivorProperty()} that can be unmerged, oldest first. */
    public ObservableList<Person> absorbedPersons() {
        return absorbed;
    }

    /** "3 possible duplicates — Ctrl+M", or empty when there are none. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** What the last merge or unmerge did, or why it failed, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a merge or unmerge is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
