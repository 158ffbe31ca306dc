package org.switchboard.app.accounts;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The "Accounts…" dialog: every stored account with its channel's live state, switching accounts on
 * and off, removing them, and the user's decision on a certificate no authority vouches for. Hub
 * listeners arrive on the UI thread (the hub's contract in the GUI).
 */
public final class AccountsViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountsViewModel.class);

    private final AccountRepository accounts;
    private final SecretStore secrets;
    private final ProfileSettings settings;
    private final ChannelHub hub;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<AccountRowViewModel> rows = FXCollections.observableArrayList();
    private final Map<String, AccountStatus> latest = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AutoCloseable subscription;

    /**
     * @param settings the profile's settings, where SIP accounts keep their call handling (used in the
     *     background only; it may wait for the profile to open)
     */
    public AccountsViewModel(AccountRepository accounts, SecretStore secrets, ProfileSettings settings, ChannelHub hub,
            TaskRunner tasks, Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.settings = settings;
        this.hub = hub;
        this.tasks = tasks;
        this.clock = clock;
        hub.accounts().forEach(status -> latest.put(status.account().key(), status));
        this.subscription = hub.onAccountStatus(this::statusChanged);
    }

    /** Reads the stored accounts in the background and shows them with their latest states. */
    public void load() {
        tasks.run(accounts::findAll, this::show, problem -> message.set("The accounts could not be read: " + problem.getMessage()));
    }

    /** A form to add an XMPP or a SIP account. */
    public AccountFormViewModel newForm() {
        return new AccountFormViewModel(null, saver(), settings, tasks, this::saved);
    }

    /** A form to edit {@code row}'s account (the kind and address stay; an empty password keeps the stored one). */
    public AccountFormViewModel editForm(AccountRowViewModel row) {
        return new AccountFormViewModel(row.accountProperty().get(), saver(), settings, tasks, this::saved);
    }

    private AccountSaver saver() {
        return new AccountSaver(accounts, secrets, settings);
    }

    public void setEnabled(AccountRowViewModel row, boolean enabled) {
        Account changed = row.accountProperty().get().withEnabled(enabled);
        tasks.run(() -> accounts.save(changed), this::switched,
                problem -> message.set("Could not switch " + changed.address() + (enabled ? " on: " : " off: ") + problem.getMessage()));
    }

    public void remove(AccountRowViewModel row) {
        Account account = row.accountProperty().get();
        AccountSaver saver = saver();
        tasks.run(() -> {
            saver.remove(account);
            return accounts.findAll();
        }, all -> {
            show(all);
            message.set("Removed " + account.address());
            hub.start();
        }, problem -> message.set("Could not remove " + account.address() + ": " + problem.getMessage()));
    }

    /** The user compared the fingerprint and trusts it: the hub pins it and reconnects. */
    public void acceptCertificate(AccountRowViewModel row) {
        CertificatePrompt prompt = row.certificateProperty().get();
        if (prompt == null) {
            return;
        }
        row.clearCertificate();
        try {
            hub.trust(prompt.accountKey(), prompt.fingerprint());
            message.set("Trusted the certificate of " + prompt.server() + "; connecting again");
        } catch (RuntimeException e) {
            LOG.warn("Could not trust the certificate of {}", prompt.accountKey(), e);
            message.set("Could not trust the certificate: " + e.getMessage());
        }
    }

    /** The user refused the certificate: the account stays failed and is not asked about it again. */
    public void refuseCertificate(AccountRowViewModel row) {
        CertificatePrompt prompt = row.certificateProperty().get();
        if (prompt != null) {
            refused.put(prompt.accountKey(), prompt.fingerprint());
            row.clearCertificate();
            message.set("Refused the certificate of " + prompt.server() + "; the account stays disconnected");
        }
    }

    /** Recomputes the rows' texts ("Retrying in 4 s"); the view calls it every second while it shows. */
    public void tick() {
        rows.forEach(row -> row.tick(clock.instant()));
    }

    private void saved(AccountSaver.Saved saved) {
        Account account = saved.account();
        load();
        if (saved.reconnect()) {
            message.set("Saved " + account.address() + "; " + AccountStateTexts.reconnecting(account.kind()));
            hub.restart(account.key());
        } else {
            message.set("Saved " + account.address());
            hub.start();
        }
    }

    private void switched(Account account) {
        message.set("Saved " + account.address());
        load();
        hub.start();
    }

    private void show(List<Account> stored) {
        rows.setAll(stored.stream().map(this::row).toList());
    }

    private AccountRowViewModel row(Account account) {
        AccountRowViewModel row = new AccountRowViewModel(account);
        AccountStatus status = latest.get(account.key());
        if (status != null) {
            row.apply(new AccountStatus(account, status.state(), status.untrustedFingerprint()), refusedFor(account.key()),
                    clock.instant());
        } else {
            row.store(account, clock.instant());
        }
        return row;
    }

    private void statusChanged(AccountStatus status) {
        String key = status.account().key();
        latest.put(key, status);
        rows.stream().filter(row -> row.key().equals(key)).findFirst()
                .ifPresent(row -> row.apply(status, refusedFor(key), clock.instant()));
    }

    private Optional<String> refusedFor(String key) {
        return Optional.ofNullable(refused.get(key));
    }

    public ObservableList<AccountRowViewModel> rows() {
        return rows;
    }

    /** What the last action did or why it could not, in plain words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not stop listening to account states", e);
        }
    }
}
