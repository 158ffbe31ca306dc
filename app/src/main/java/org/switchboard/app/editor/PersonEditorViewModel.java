package org.switchboard.app.editor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonName;

/**
 * The add/edit form of a person. {@link #validProperty()} is false while the name is empty or any
 * address is invalid; {@link #result()} then refuses to build a person, so nothing invalid is saved.
 */
public final class PersonEditorViewModel {
    private final @Nullable Person original;
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty organization = new SimpleStringProperty(this, "organization", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty categories = new SimpleStringProperty(this, "categories", "");
    private final ObjectProperty<@Nullable LocalDate> birthday = new SimpleObjectProperty<>(this, "birthday");
    private final ObservableList<AddressRowViewModel> addresses = FXCollections.observableArrayList(
            row -> new Observable[] {row.errorProperty()});
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** A form for a new person. */
    public PersonEditorViewModel() {
        this(null);
    }

    /** A form for {@code person}, or for a new one when {@code null}. */
    public PersonEditorViewModel(@Nullable Person person) {
        this.original = person;
        InvalidationListener revalidate = o -> revalidate();
        displayName.addListener(revalidate);
        addresses.addListener(revalidate);
        if (person != null) {
            displayName.set(person.displayName());
            organization.set(person.organization());
            title.set(person.title());
            note.set(person.note());
            categories.set(String.join(", ", person.categories()));
            birthday.set(person.birthday());
            person.endpoints().forEach(e -> addresses.add(AddressRowViewModel.of(e)));
        }
        if (addresses.isEmpty()) {
            addAddress();
        }
        revalidate();
    }

    public boolean isNew() {
        return original == null;
    }

    public AddressRowViewModel addAddress() {
        AddressRowViewModel row = new AddressRowViewModel();
        addresses.add(row);
        return row;
    }

    public void removeAddress(AddressRowViewModel row) {
        addresses.remove(row);
    }

    /** The person to save, or empty while anything is invalid. Keeps the id and what the form does not edit. */
    public Optional<Person> result() {
        revalidate();
        if (!valid.get()) {
            return Optional.empty();
        }
        List<Endpoint> endpoints = addresses.stream().flatMap(r -> r.endpoint().stream()).toList();
        Person base = original != null ? original : Person.named(displayName.get().strip());
        PersonName name = original != null ? original.name() : PersonName.EMPTY;
        return Optional.of(new Person(base.id(), displayName.get().strip(), name, organization.get().strip(),
                title.get().strip(), note.get().strip(), birthday.get(), base.photo(), categoryList(), endpoints,
                base.preferredChannel(), base.extraVcard()));
    }

    private List<String> categoryList() {
        return Arrays.stream(categories.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private void revalidate() {
        nameError.set(displayName.get().isBlank() ? "A name is required" : "");
        valid.set(nameError.get().isEmpty() && addresses.stream().allMatch(AddressRowViewModel::isValid));
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Comma-separated categories. */
    public StringProperty categoriesProperty() {
        return categories;
    }

    public ObjectProperty<@Nullable LocalDate> birthdayProperty() {
        return birthday;
    }

    public ObservableList<AddressRowViewModel> addresses() {
        return addresses;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
