package org.switchboard.app.editor;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;

/**
 * One typed address in the editor: its kind, what was typed and its label, validated on every change
 * with {@link Addresses#parse}. A blank address is no error: the row is simply left out.
 */
public final class AddressRowViewModel {
    private final ObjectProperty<EndpointKind> kind = new SimpleObjectProperty<>(this, "kind", EndpointKind.EMAIL);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public AddressRowViewModel() {
        kind.addListener((obs, old, now) -> validate());
        address.addListener((obs, old, now) -> validate());
    }

    public static AddressRowViewModel of(Endpoint endpoint) {
        AddressRowViewModel row = new AddressRowViewModel();
        row.kind.set(endpoint.kind());
        row.address.set(endpoint.address());
        row.label.set(endpoint.label());
        return row;
    }

    /** The validated endpoint; empty when the address is blank or invalid. */
    public Optional<Endpoint> endpoint() {
        if (address.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Addresses.parse(kind.get(), address.get(), label.get()));
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    private void validate() {
        if (address.get().isBlank()) {
            error.set("");
            return;
        }
        try {
            Addresses.parse(kind.get(), address.get());
            error.set("");
        } catch (InvalidAddressException e) {
            error.set(e.getMessage());
        }
    }

    public ObjectProperty<EndpointKind> kindProperty() {
        return kind;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty labelProperty() {
        return label;
    }

    /** The exact validation message, empty while the address is valid or blank. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
