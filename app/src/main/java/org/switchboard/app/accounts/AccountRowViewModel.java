package org.switchboard.app.accounts;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.accounts.Account;

/** One account in the dialog: what is stored, its channel's live state and a certificate waiting for a decision. */
public final class AccountRowViewModel {
    private final ReadOnlyObjectWrapper<Account> account;
    private final ObjectProperty<ChannelState> state = new SimpleObjectProperty<>(this, "state", new ChannelState.Disconnected());
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyStringWrapper stateStyle = new ReadOnlyStringWrapper(this, "stateStyle", "offline");
    private final ReadOnlyObjectWrapper<@Nullable CertificatePrompt> certificate = new ReadOnlyObjectWrapper<>(this, "certificate");

    AccountRowViewModel(Account account) {
        this.account = new ReadOnlyObjectWrapper<>(this, "account", account);
        details.set(AccountFields.details(account));
    }

    void apply(AccountStatus status, Optional<String> refusedFingerprint, Instant now) {
        account.set(status.account());
        state.set(status.state());
        Optional<String> asked = status.untrustedFingerprint().filter(fp -> !refusedFingerprint.equals(Optional.of(fp)));
        certificate.set(asked.map(fp -> CertificatePrompt.of(status.account(), fp)).orElse(null));
        tick(now);
    }

    void store(Account stored, Instant now) {
        account.set(stored);
        tick(now);
    }

    void clearCertificate() {
        certificate.set(null);
    }

    /** Recomputes the state text (the seconds until the next retry). */
    void tick(Instant now) {
        Account current = account.get();
        stateText.set(AccountStateTexts.describe(current.kind(), state.get(), current.enabled(), now));
        details.set(AccountFields.details(current));
        stateStyle.set(AccountStateTexts.styleClass(state.get(), account.get().enabled()));
    }

    public String key() {
        return account.get().key();
    }

    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** The kind and where it connects: {@code SIP over UDP · pbx.example.org:5060 — voice calls}. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /** A presence-dot style class for the state. */
    public ReadOnlyStringProperty stateStyleProperty() {
        return stateStyle.getReadOnlyProperty();
    }

    /** The certificate to accept or refuse, or {@code null}. */
    public ReadOnlyObjectProperty<@Nullable CertificatePrompt> certificateProperty() {
        return certificate.getReadOnlyProperty();
    }
}
