package org.switchboard.app.people;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.search.SearchSession;

/**
 * The address book list: every person, filtered as the user types, one selection, and the writes
 * (save, delete, undo) that change it. While searching, the first match is selected so that Enter
 * opens it; without a query nothing is selected until the user picks someone (a lean start-up). Each write goes to the repository in the background and
 * republishes a freshly built search index in one step.
 */
public final class PeopleViewModel {
    private final PersonRepository repository;
    private final TaskRunner tasks;
    private final VisiblePersons visible = new VisiblePersons();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<@Nullable Person> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final ReadOnlyObjectWrapper<@Nullable Person> recentlyDeleted = new ReadOnlyObjectWrapper<>(this, "recentlyDeleted");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Person>> everyone = new ReadOnlyObjectWrapper<>(this, "everyone", List.of());
    private SearchSession search = new SearchSession(PersonSearchIndex.of(List.of()));

    public PeopleViewModel(PersonRepository repository, TaskRunner tasks) {
        this.repository = repository;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> refilter());
    }

    /** Loads every person in the background and publishes them in one go. */
    public void reload() {
        tasks.run(this::freshIndex, this::publish, this::failed);
    }

    /** Publishes an index being loaded elsewhere (at start-up, in parallel with the toolkit) once it is ready. */
    public void publishWhenLoaded(CompletableFuture<PersonSearchIndex> loading) {
        tasks.run(loading::join, this::publish, this::failed);
    }

    /** Stores a new or edited person, then selects it. */
    public void save(Person person) {
        save(person, saved -> {});
    }

    public void save(Person person, Consumer<Person> then) {
        tasks.run(() -> {
            Person saved = repository.save(person);
            return new Saved(saved, freshIndex());
        }, result -> {
            publish(result.index());
            select(result.person());
            then.accept(result.person());
        }, this::failed);
    }

    /** Deletes the selected person; {@link #undoDelete()} brings them back. */
    public void deleteSelected() {
        Person person = selected.get();
        if (person == null || person.id() == null) {
            return;
        }
        PersonId id = person.id();
        tasks.run(() -> {
            repository.delete(id);
            return freshIndex();
        }, fresh -> {
            publish(fresh);
            recentlyDeleted.set(person);
        }, this::failed);
    }

    /** Restores the person deleted last, with the same id. */
    public void undoDelete() {
        Person person = recentlyDeleted.get();
        if (person != null) {
            recentlyDeleted.set(null);
            save(person);
        }
    }

    /** Forgets the last deletion (the undo offer expired). */
    public void dismissUndo() {
        recentlyDeleted.set(null);
    }

    public void select(@Nullable Person person) {
        if (person == null) {
            selected.set(null);
            return;
        }
        selected.set(visible.stream().filter(p -> Objects.equals(p.id(), person.id())).findFirst().orElse(null));
    }

    public void clearQuery() {
        query.set("");
    }

    private PersonSearchIndex freshIndex() {
        return PersonSearchIndex.of(repository.findAll());
    }

    private void publish(PersonSearchIndex fresh) {
        search = new SearchSession(fresh);
        total.set(fresh.size());
        everyone.set(fresh.persons());
        refilter();
        error.set("");
        loaded.set(true);
    }

    private void refilter() {
        Person before = selected.get();
        List<Person> hits = search.search(query.get());
        visible.show(hits);
        Person keep = before == null ? null
                : hits.stream().filter(p -> Objects.equals(p.id(), before.id())).findFirst().orElse(null);
        boolean searching = !query.get().isBlank();
        selected.set(keep != null ? keep : searching && !hits.isEmpty() ? hits.getFirst() : null);
    }

    private void failed(Throwable problem) {
        error.set("The address book could not be read or changed: " + problem.getMessage());
    }

    public ObservableList<Person> visiblePersons() {
        return visible;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<@Nullable Person> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<@Nullable Person> recentlyDeletedProperty() {
        return recentlyDeleted.getReadOnlyProperty();
    }

    /** Every person of the address book as last published (a new list on every reload or write). */
    public ReadOnlyObjectProperty<List<Person>> everyoneProperty() {
        return everyone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private record Saved(Person person, PersonSearchIndex index) {}
}
