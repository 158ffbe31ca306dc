package org.switchboard.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.AccountStatus;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** SIP accounts in the accounts dialog: the kind, the SIP checks, the transport, call handling and SRTP, editing. */
class AccountsSipViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String KEY = "sip:alice@example.test";
    private static final String FINGERPRINT = "SHA256:" + "5E:".repeat(31) + "64";

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
    void aNewAccountIsXmppUntilSipIsChosenAndBothFindTheirServerByDns() {
        AccountFormViewModel form = accounts.newForm();
        assertThat(form.kinds()).containsExactly(EndpointKind.XMPP, EndpointKind.SIP);
        assertThat(form.kindProperty().get()).isEqualTo(EndpointKind.XMPP);
        assertThat(form.sipProperty().get()).isFalse();
        form.addressProperty().set("alice@example.test");
        form.passwordProperty().set("pw");
        assertThat(form.validProperty().get()).as("XMPP finds its server by DNS").isTrue();

        form.kindProperty().set(EndpointKind.SIP);

        assertThat(form.sipProperty().get()).isTrue();
        assertThat(form.transportProperty().get()).isEqualTo(SipTransport.UDP);
        assertThat(form.addressErrorProperty().get()).as("a bare address is taken as sip:").isEmpty();
        assertThat(form.validProperty().get()).as("SIP finds its server by DNS SRV too").isTrue();
        form.serverProperty().set("pbx.example.test:506O");
        assertThat(form.validProperty().get()).as("a server that is given must be host:port").isFalse();
        form.serverProperty().set("pbx.example.test:5060");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void sipAddressesAndServersAreCheckedAtTheFieldInSipWords() {
        AccountFormViewModel form = accounts.newForm();
        form.kindProperty().set(EndpointKind.SIP);

        form.addressProperty().set("sip:example.test");
        assertThat(form.addressErrorProperty().get())
                .isEqualTo("\"sip:example.test\" is not a valid SIP address: it needs a user name, as in sip:alice@example.org");
        form.addressProperty().set("sip:alice smith@example.test");
        assertThat(form.addressErrorProperty().get()).startsWith("\"sip:alice smith@example.test\" is not a valid SIP address");
        form.serverProperty().set("pbx.example.test");
        assertThat(form.serverErrorProperty().get()).isEqualTo("\"pbx.example.test\" is not HOST:PORT (e.g. sip.example.org:5060)");
        assertThat(form.validProperty().get()).isFalse();

        form.addressProperty().set("sip:alice@example.test");
        form.serverProperty().set("pbx.example.test:5060");
        form.kindProperty().set(EndpointKind.XMPP);
        assertThat(form.addressErrorProperty().get()).as("checked again for the new kind")
                .startsWith("\"sip:alice@example.test\" is not a valid XMPP address");
    }

    @Test
    void aSipAccountIsStoredWithItsTransportPasswordCallHandlingAndSrtpUnderItsKey() {
        AccountFormViewModel form = sipForm(" alice@Example.TEST ", "pbx.example.test:5061");
        form.transportProperty().set(SipTransport.TLS);
        form.calls().requireSrtpProperty().set(true);
        form.calls().doNotDisturbProperty().set(true);
        form.calls().whenBusy().on().set(true);
        form.calls().whenBusy().to().set("200");

        form.save(() -> { });

        Account stored = repository.accounts().find(EndpointKind.SIP, KEY).orElseThrow();
        assertThat(stored).isEqualTo(new Account(EndpointKind.SIP, KEY, "pbx.example.test:5061", "tls", true, List.of()));
        assertThat(secrets.all()).containsExactly(Map.entry(KEY, "s3cret"));
        assertThat(CallHandlingSettings.load(settings, KEY)).isEqualTo(new CallHandlingSettings(new CallHandling.Rules(true,
                Optional.empty(), Optional.of("200"), Optional.empty(), Duration.ofSeconds(20)), true));
        assertThat(hub.starts()).as("a new account starts with the others").isEqualTo(1);
        assertThat(hub.restarted()).isEmpty();
        assertThat(accounts.rows().getFirst().detailsProperty().get())
                .isEqualTo("SIP over TLS · pbx.example.test:5061");
    }

    @Test
    void aWrongForwardingAddressSavesNothingAndSaysWhy() {
        AccountFormViewModel form = sipForm("alice@example.test", "pbx.example.test:5060");
        form.calls().always().on().set(true);
        form.calls().always().to().set("voicemail please");
        boolean[] closed = {false};

        form.save(() -> closed[0] = true);

        assertThat(closed[0]).isFalse();
        assertThat(form.calls().problemProperty().get()).startsWith("Cannot forward every call there: ");
        assertThat(repository.accounts().findAll()).isEmpty();
        assertThat(secrets.all()).isEmpty();
        assertThat(settings.all()).isEmpty();
    }

    @Test
    void whenTheAccountCannotBeSavedItsCallSettingsAndPasswordArePutBack() {
        new CallHandlingSettings(CallHandling.Rules.NONE, true).save(settings, KEY);
        Map<String, String> before = settings.all();
        secrets.store(KEY, "old".toCharArray());
        AccountsViewModel failing = new AccountsViewModel(new RefusingSaves(repository.accounts()), secrets, settings, hub,
                new DirectTaskRunner(), clock);
        AccountFormViewModel form = failing.newForm();
        form.kindProperty().set(EndpointKind.SIP);
        form.addressProperty().set("alice@example.test");
        form.serverProperty().set("pbx.example.test:5060");
        form.passwordProperty().set("new");
        form.calls().requireSrtpProperty().set(false);
        form.calls().doNotDisturbProperty().set(true);

        form.save(() -> { });

        assertThat(form.problemProperty().get()).isEqualTo("The account was not saved: the disk is full");
        assertThat(settings.all()).isEqualTo(before);
        assertThat(secrets.all()).containsExactly(Map.entry(KEY, "old"));
        assertThat(hub.starts()).isZero();
        failing.close();
    }

    @Test
    void editingKeepsTheKindShowsTheStoredSettingsAndRemakesTheChannelWhenTheyChange() {
        Account alice = new Account(EndpointKind.SIP, KEY, "pbx.example.test:5061", "tls", true, List.of());
        repository.accounts().save(alice);
        secrets.store(KEY, "old".toCharArray());
        new CallHandlingSettings(CallHandling.Rules.NONE, true).save(settings, KEY);
        accounts.load();

        AccountFormViewModel form = accounts.editForm(accounts.rows().getFirst());

        assertThat(form.isNew()).isFalse();
        assertThat(form.kinds()).containsExactly(EndpointKind.SIP);
        assertThat(form.kindProperty().get()).isEqualTo(EndpointKind.SIP);
        assertThat(form.transportProperty().get()).isEqualTo(SipTransport.TLS);
        assertThat(form.calls().requireSrtpProperty().get()).isTrue();
        assertThat(form.validProperty().get()).isTrue();
        form.calls().doNotDisturbProperty().set(true);
        form.save(() -> { });

        assertThat(CallHandlingSettings.load(settings, KEY).rules().doNotDisturb()).isTrue();
        assertThat(repository.accounts().findAll()).containsExactly(alice);
        assertThat(secrets.all()).containsEntry(KEY, "old");
        assertThat(hub.restarted()).as("the channel is made again from the new settings").containsExactly(KEY);
        assertThat(accounts.messageProperty().get()).isEqualTo("Saved " + KEY + "; registering again with the new settings");
    }

    @Test
    void savingAnEditWithoutChangesLeavesTheRunningChannelAlone() {
        Account alice = new Account(EndpointKind.SIP, KEY, "pbx.example.test:5060", "udp", true, List.of());
        repository.accounts().save(alice);
        accounts.load();

        accounts.editForm(accounts.rows().getFirst()).save(() -> { });

        assertThat(hub.restarted()).isEmpty();
        assertThat(hub.starts()).isEqualTo(1);
    }

    @Test
    void sipStatesAreWordedAsRegistration() {
        Account alice = new Account(EndpointKind.SIP, KEY, "pbx.example.test:5060", "udp", true, List.of());
        repository.accounts().save(alice);
        accounts.load();
        AccountRowViewModel row = accounts.rows().getFirst();

        hub.emit(AccountStatus.of(alice, new ChannelState.Connecting(1)));
        assertThat(row.stateTextProperty().get()).isEqualTo("Registering…");
        hub.emit(AccountStatus.of(alice, new ChannelState.Connected()));
        assertThat(row.stateTextProperty().get()).isEqualTo("Registered — ready for calls");
        assertThat(row.stateStyleProperty().get()).isEqualTo("available");
        hub.emit(AccountStatus.of(alice, new ChannelState.Interrupted("keep-alive failed")));
        assertThat(row.stateTextProperty().get()).isEqualTo("Registration lost — registering again…");
        hub.emit(AccountStatus.of(alice, new ChannelState.Retrying(2, NOW.plusSeconds(8), "no answer from the registrar")));
        assertThat(row.stateTextProperty().get()).isEqualTo("Retrying in 8 s — last error: no answer from the registrar");
        hub.emit(AccountStatus.of(alice, new ChannelState.Failed("the registrar refused the password (403)")));
        assertThat(row.stateTextProperty().get()).isEqualTo("Registration failed: the registrar refused the password (403)");
        assertThat(row.detailsProperty().get()).isEqualTo("SIP over UDP · pbx.example.test:5060");
    }

    @Test
    void aSipServerCertificateOverTlsIsAskedAboutLikeXmpp() {
        Account alice = new Account(EndpointKind.SIP, KEY, "pbx.example.test:5061", "tls", true, List.of());
        repository.accounts().save(alice);
        accounts.load();
        AccountRowViewModel row = accounts.rows().getFirst();

        hub.emit(new AccountStatus(alice, new ChannelState.Failed("certificate not trusted"), Optional.of(FINGERPRINT)));

        CertificatePrompt prompt = row.certificateProperty().get();
        assertThat(prompt).isNotNull();
        assertThat(prompt.server()).isEqualTo("pbx.example.test");
        assertThat(prompt.fingerprintLines()).as("two lines of 16 bytes").isEqualTo("5E:".repeat(15) + "5E\n" + "5E:".repeat(15) + "64");
        assertThat(hub.trusted()).isEmpty();
        accounts.acceptCertificate(row);
        assertThat(hub.trusted()).containsExactly(new FakeChannelHub.Trusted(KEY, FINGERPRINT));
    }

    /** Reads like the real store and fails every save. */
    private record RefusingSaves(AccountRepository stored) implements AccountRepository {
        @Override
        public List<Account> findAll() {
            return stored.findAll();
        }

        @Override
        public Optional<Account> find(EndpointKind kind, String address) {
            return stored.find(kind, address);
        }

        @Override
        public Account save(Account account) {
            throw new IllegalStateException("the disk is full");
        }

        @Override
        public boolean remove(EndpointKind kind, String address) {
            return stored.remove(kind, address);
        }
    }

    private AccountFormViewModel sipForm(String address, String server) {
        AccountFormViewModel form = accounts.newForm();
        form.kindProperty().set(EndpointKind.SIP);
        form.addressProperty().set(address);
        form.serverProperty().set(server);
        form.passwordProperty().set("s3cret");
        assertThat(form.validProperty().get()).isTrue();
        return form;
    }
}
