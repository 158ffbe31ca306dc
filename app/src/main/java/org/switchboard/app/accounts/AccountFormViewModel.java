package org.switchboard.app.accounts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.app.settings.CallHandlingViewModel;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The add/edit form of an XMPP or SIP account. A new account's kind can be chosen; an edited one keeps
 * its kind. The address and the server are checked by {@link AccountFields} on every change; a SIP
 * account also has a transport (UDP by default) and its call handling ({@link CallHandlingViewModel}:
 * Do-Not-Disturb, forwarding, "require SRTP"), stored with the account under its key. The password is
 * only ever handed to the secret store (and wiped); when editing, an empty password keeps the stored one.
 */
public final class AccountFormViewModel {
    private final @Nullable Account original;
    private final AccountSaver saver;
    private final TaskRunner tasks;
    private final Consumer<AccountSaver.Saved> onSaved;
    private final ObjectProperty<EndpointKind> kind = new SimpleObjectProperty<>(this, "kind", EndpointKind.XMPP);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final ObjectProperty<SipTransport> transport = new SimpleObjectProperty<>(this, "transport", SipTransport.UDP);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final CallHandlingViewModel calls;
    private final ReadOnlyStringWrapper addressError = new ReadOnlyStringWrapper(this, "addressError", "");
    private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper(this, "serverError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final BooleanBinding sip = Bindings.equal(kind, EndpointKind.SIP);
    private final BooleanBinding valid;

    /**
     * @param settings the profile's settings, where a SIP account's call handling lives (read and
     *     written in the background only)
     */
    AccountFormViewModel(@Nullable Account original, AccountSaver saver, ProfileSettings settings, TaskRunner tasks,
            Consumer<AccountSaver.Saved> onSaved) {
        this.original = original;
        this.saver = saver;
        this.tasks = tasks;
        this.onSaved = onSaved;
        // A new account's key is only known once its address is typed: the saver stores these settings under it.
        this.calls = new CallHandlingViewModel(settings, original == null ? "" : original.key(), tasks, stored -> { });
        if (original != null) {
            show(original);
        }
        kind.addListener((obs, old, now) -> check());
        address.addListener((obs, old, now) -> check());
        server.addListener((obs, old, now) -> check());
        valid = Bindings.createBooleanBinding(this::isValid, kind, address, server, password, calls.loadingProperty());
    }

    private void show(Account stored) {
        kind.set(stored.kind());
        address.set(stored.address());
        server.set(stored.server());
        enabled.set(stored.enabled());
        if (stored.kind() == EndpointKind.SIP) {
            transport.set(SipTransport.parse(stored.transport()));
            calls.load();
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /** The kinds the form offers: both for a new account, only its own for an edited one. */
    public List<EndpointKind> kinds() {
        return original == null ? AccountFields.KINDS : List.of(original.kind());
    }

    /**
     * Stores the account, its password and (SIP) its call handling in the background; {@code then}
     * runs after a successful save. On failure nothing is half-written and {@link #problemProperty()}
     * says why; a wrong forwarding address is reported by {@link #calls()} and nothing is saved.
     */
    public void save(Runnable then) {
        if (!isValid() || saving.get()) {
            return;
        }
        Optional<CallHandlingSettings> handling = sip.get() ? calls.result() : Optional.empty();
        if (sip.get() && handling.isEmpty()) {
            return;
        }
        Account account = account();
        char[] secret = password.get().toCharArray();
        password.set("");
        saving.set(true);
        problem.set("");
        tasks.run(() -> saver.save(account, secret, handling), saved -> {
            saving.set(false);
            onSaved.accept(saved);
            then.run();
        }, failure -> {
            saving.set(false);
            problem.set("The account was not saved: " + failure.getMessage());
        });
    }

    private Account account() {
        EndpointKind chosen = kind.get();
        String normalised = AccountFields.normalisedAddress(chosen, address.get());
        List<String> trusted = original == null ? List.of() : original.trustedFingerprints();
        String transportId = chosen == EndpointKind.SIP ? transport.get().id() : "";
        return new Account(chosen, normalised, AccountFields.normalisedServer(server.get()), transportId, enabled.get(), trusted);
    }

    private void check() {
        addressError.set(AccountFields.addressProblem(kind.get(), address.get()));
        serverError.set(AccountFields.serverProblem(kind.get(), server.get()));
    }

    private boolean isValid() {
        EndpointKind chosen = kind.get();
        return !address.get().isBlank() && AccountFields.addressProblem(chosen, address.get()).isEmpty()
                && AccountFields.serverProblem(chosen, server.get()).isEmpty()
                && (original != null || !password.get().isEmpty()) && !calls.loadingProperty().get();
    }

    /** XMPP or SIP; only a new account's kind may change. */
    public ObjectProperty<EndpointKind> kindProperty() {
        return kind;
    }

    /** True while the form is for a SIP account (transport and call handling apply). */
    public BooleanBinding sipProperty() {
        return sip;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty serverProperty() {
        return server;
    }

    /** How a SIP account talks to its server; UDP unless chosen otherwise. */
    public ObjectProperty<SipTransport> transportProperty() {
        return transport;
    }

    /** What the user types; cleared when saving and never filled from the store. */
    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** A SIP account's Do-Not-Disturb, forwarding and "require SRTP", saved with the account. */
    public CallHandlingViewModel calls() {
        return calls;
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

    /** True when the form can be saved (a new account also needs a password, a SIP account its server). */
    public BooleanBinding validProperty() {
        return valid;
    }
}
