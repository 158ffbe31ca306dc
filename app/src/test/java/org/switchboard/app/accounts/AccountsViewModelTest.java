package org.switchboard.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.secrets.SecretStoreException;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;

class AccountsViewModelTest {
    private static final String FINGERPRINT = "SHA256:" + "AB:".repeat(31) + "CD";
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final MapSecretStore secrets = new MapSecretStore();
    private final MapProfileSettings settings = new MapProfileSettings();
    private SqlitePersonRepository repository;
    private FakeChannelHub hub;
    private AccountsViewModel accounts;

    @BeforeEach
    void open() {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        hub = new FakeChannelHub(repository.messageHistory(), clock);
        accounts = new AccountsViewModel(repository.accounts(), secrets, settings, hub, new DirectTaskRunner(), clock);
    }

    @AfterEach
    void close() {
        accounts.close();
        repository.close();
    }

    @Test
    void addingAnAccountStoresItsPasswordOnlyInTheSecretStoreAndStartsTheHub() {
        AccountFormViewModel form = accounts.newForm();
        form.addressProperty().set(" Alice@Example.test ");
        form.serverProperty().set("xmpp.example.test:5222");
        assertThat(form.validProperty().get()).as("a new account needs a password").isFalse();
        form.passwordProperty().set("s3cret");
        assertThat(form.validProperty().get()).isTrue();

        boolean[] closed = {false};
        form.save(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        Account stored = repository.accounts().find(EndpointKind.XMPP, "alice@example.test").orElseThrow();
        assertThat(stored.server()).isEqualTo("xmpp.example.test:5222");
        assertThat(secrets.all()).containsExactly(java.util.Map.entry("xmpp:alice@example.test", "s3cret"));
        assertThat(form.passwordProperty().get()).as("the typed password is not kept").isEmpty();
        assertThat(hub.starts()).isEqualTo(1);
        assertThat(accounts.rows()).extracting(AccountRowViewModel::key).containsExactly("xmpp:alice@example.test");
    }

    @Test
    void badAddressAndServerAreFlaggedAtTheField() {
        AccountFormViewModel form = accounts.newForm();
        form.passwordProperty().set("pw");
        form.addressProperty().set("alice at example");
        form.serverProperty().set("example.test");

        assertThat(form.addressErrorProperty().get()).contains("\"alice at example\"");
        assertThat(form.serverErrorProperty().get()).isEqualTo("\"example.test\" is not HOST:PORT (e.g. xmpp.example.org:5222)");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void whenTheSecretStoreFailsNothingIsSavedAndTheReasonIsShown() {
        SecretStore failing = new SecretStore() {
            @Override
            public void store(String accountKey, char[] secret) {
                throw new SecretStoreException("No OS secret store is available (no D-Bus session)", new IllegalStateException());
            }

            @Override
            public Optional<char[]> lookup(String accountKey) {
                return Optional.empty();
            }

            @Override
            public void delete(String accountKey) {
                // nothing stored
            }
        };
        AccountsViewModel refusing = new AccountsViewModel(repository.accounts(), failing, settings, hub, new DirectTaskRunner(), clock);
        AccountFormViewModel form = refusing.newForm();
        form.addressProperty().set("alice@example.test");
        form.passwordProperty().set("pw");

        form.save(() -> { });

        assertThat(repository.accounts().findAll()).isEmpty();
        assertThat(form.problemProperty().get())
                .isEqualTo("The account was not saved: No OS secret store is available (no D-Bus session)");
        assertThat(hub.starts()).isZero();
    }

    @Test
    void editingWithAnEmptyPasswordKeepsTheStoredOne() {
        repository.accounts().save(new Account(EndpointKind.XMPP, "alice@example.test", "", "", true, List.of()));
        secrets.store("xmpp:alice@example.test", "old".toCharArray());
        accounts.load();

        AccountFormViewModel form = accounts.editForm(accounts.rows().getFirst());
        assertThat(form.passwordProperty().get()).as("never shown back").isEmpty();
        form.serverProperty().set("chat.example.test:5223");
        assertThat(form.validProperty().get()).isTrue();
        form.save(() -> { });

        assertThat(repository.accounts().findAll().getFirst().server()).isEqualTo("chat.example.test:5223");
        assertThat(secrets.all()).containsEntry("xmpp:alice@example.test", "old");
    }

    @Test
    void liveStatesAreShownInPlainWords() {
        Account alice = new Account(EndpointKind.XMPP, "alice@example.test", "", "", true, List.of());
        repository.accounts().save(alice);
        accounts.load();
        AccountRowViewModel row = accounts.rows().getFirst();

        hub.emit(AccountStatus.of(alice, new ChannelState.Connecting(1)));
        assertThat(row.stateTextProperty().get()).isEqualTo("Connecting…");
        hub.emit(AccountStatus.of(alice, new ChannelState.Retrying(2, NOW.plusSeconds(12), "connection refused")));
        assertThat(row.stateTextProperty().get()).isEqualTo("Retrying in 12 s — last error: connection refused");
        hub.emit(AccountStatus.of(alice, new ChannelState.Failed("the server refused the password")));
        assertThat(row.stateTextProperty().get()).isEqualTo("Failed: the server refused the password");
        assertThat(row.stateStyleProperty().get()).isEqualTo("busy");
        hub.emit(AccountStatus.of(alice, new ChannelState.Connected()));
        assertThat(row.stateTextProperty().get()).isEqualTo("Connected");
    }

    @Test
    void anUntrustedCertificateIsAskedAboutAndOnlyAcceptPinsIt() {
        Account alice = new Account(EndpointKind.XMPP, "alice@example.test", "", "", true, List.of());
        repository.accounts().save(alice);
        accounts.load();
        AccountRowViewModel row = accounts.rows().getFirst();

        hub.emit(new AccountStatus(alice, new ChannelState.Failed("certificate not trusted"), Optional.of(FINGERPRINT)));

        CertificatePrompt prompt = row.certificateProperty().get();
        assertThat(prompt).isNotNull();
        assertThat(prompt.question()).isEqualTo("The server example.test presented a certificate no authority vouches for. "
                + "SHA-256 fingerprint: " + "AB:".repeat(31) + "CD. Accept only if it matches what your server admin gave you.");
        assertThat(hub.trusted()).as("never accepted silently").isEmpty();

        accounts.acceptCertificate(row);

        assertThat(hub.trusted()).containsExactly(new FakeChannelHub.Trusted("xmpp:alice@example.test", FINGERPRINT));
        assertThat(row.certificateProperty().get()).isNull();
    }

    @Test
    void refusingKeepsTheAccountFailedAndDoesNotAskAgainForTheSameCertificate() {
        Account alice = new Account(EndpointKind.XMPP, "alice@example.test", "xmpp.example.test:5222", "", true, List.of());
        repository.accounts().save(alice);
        accounts.load();
        AccountRowViewModel row = accounts.rows().getFirst();
        AccountStatus untrusted = new AccountStatus(alice, new ChannelState.Failed("certificate not trusted"), Optional.of(FINGERPRINT));
        hub.emit(untrusted);
        assertThat(row.certificateProperty().get().server()).isEqualTo("xmpp.example.test");

        accounts.refuseCertificate(row);
        hub.emit(untrusted);

        assertThat(hub.trusted()).isEmpty();
        assertThat(row.certificateProperty().get()).isNull();
        assertThat(row.stateTextProperty().get()).isEqualTo("Failed: certificate not trusted");
    }

    @Test
    void switchingOffAndRemovingWriteTheRepositoryAndTheSecretStore() {
        repository.accounts().save(new Account(EndpointKind.XMPP, "alice@example.test", "", "", true, List.of()));
        secrets.store("xmpp:alice@example.test", "pw".toCharArray());
        accounts.load();

        accounts.setEnabled(accounts.rows().getFirst(), false);
        assertThat(repository.accounts().findAll().getFirst().enabled()).isFalse();
        assertThat(accounts.rows().getFirst().stateTextProperty().get()).isEqualTo("Switched off");

        accounts.remove(accounts.rows().getFirst());
        assertThat(repository.accounts().findAll()).isEmpty();
        assertThat(secrets.all()).isEmpty();
        assertThat(accounts.rows()).isEmpty();
        assertThat(hub.starts()).isEqualTo(2);
    }
}
