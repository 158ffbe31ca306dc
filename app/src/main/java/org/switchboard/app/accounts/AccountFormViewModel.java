package org.switchboard.app.accounts;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.InvalidAddressException;
import org.switchboard.contacts.accounts.Account;

/**
 * The add/edit form of an XMPP account. The address is checked with {@link Addresses#parse} and the
 * server with {@link Account#checkServer} on every change; the password is only ever handed to the
 * secret store (and wiped); when editing, an empty password keeps the stored one.
 */
public final class AccountFormViewModel {
    private final @Nullable Account original;
    private final AccountSaver saver;
    private final TaskRunner tasks;
    private final Consumer<Account> onSaved;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper(this, "addressError", "");
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper(this, "serverError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final BooleanBinding valid;

    AccountFormViewModel(@Nullable Account original, AccountSaver saver, TaskRunner tasks, Consumer<Account> onSaved) {
        this.original = original;
        this.saver = saver;
        this.tasks = tasks;
        this.onSaved = onSaved;
        if (original != null) {
            address.set(original.address());
            server.set(original.server());
            enabled.set(original.enabled());
        }
        address.addListener((obs, old, now) -> addressError.set(addressProblem(now)));
        server.addListener((obs, old, now) -> serverError.set(serverProblem(now)));
        valid = Bindings.createBooleanBinding(this::isValid, address, server, password);
    }

    public boolean isNew() {
        return original == null;
    }

    /**
     * Stores the account and its password in the background; {@code then} runs after a successful
     * save. On failure nothing is half-written and {@link #problemProperty()} says why.
     */
    public void save(Runnable then) {
        if (!isValid() || saving.get()) {
            return;
        }
        Account account = account();
        char[] secret = password.get().toCharArray();
        password.set("");
        saving.set(true);
        problem.set("");
        tasks.run(() -> saver.save(account, secret), saved -> {
            saving.set(false);
            onSaved.accept(saved);
            then.run();
        }, failure -> {
            saving.set(false);
            problem.set("The account was not saved: " + failure.getMessage());
        });
    }

    private Account account() {
        String normalised = Addresses.parse(EndpointKind.XMPP, address.get()).address();
        List<String> trusted = original == null ? List.of() : original.trustedFingerprints();
        String host = server.get().isBlank() ? "" : Account.checkServer(server.get());
        return new Account(EndpointKind.XMPP, normalised, host, "", enabled.get(), trusted);
    }

    private boolean isValid() {
        return !address.get().isBlank() && addressProblem(address.get()).isEmpty() && serverProblem(server.get()).isEmpty()
                && (original != null || !password.get().isEmpty());
    }

    private static String addressProblem(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            Addresses.parse(EndpointKind.XMPP, raw);
            return "";
        } catch (InvalidAddressException e) {
            return e.getMessage();
        }
    }

    private static String serverProblem(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            Account.checkServer(raw);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty serverProperty() {
        return server;
    }

    /** What the user types; cleared when saving and never filled from the store. */
    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty addressErrorProperty() {
        return addressError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverErrorProperty() {
        return serverError.getReadOnlyProperty();
    }

    /** Why the last save failed, in plain words; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when the form can be saved (a new account also needs a password). */
    public BooleanBinding validProperty() {
        return valid;
    }
}
