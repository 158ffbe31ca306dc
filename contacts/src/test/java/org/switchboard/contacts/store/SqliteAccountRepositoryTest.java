package org.switchboard.contacts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;

class SqliteAccountRepositoryTest {
    private static final String FP = "SHA256:" + "AB:".repeat(31) + "CD";

    @TempDir
    Path dir;

    @Test
    void accountsSurviveReopeningAndNoPasswordIsStored() throws Exception {
        Path db = dir.resolve("switchboard.db");
        try (var repository = SqlitePersonRepository.open(db)) {
            repository.accounts().save(new Account(EndpointKind.XMPP, "alice@example.test", "127.0.0.1:5222", "", true, List.of(FP)));
            repository.accounts().save(new Account(EndpointKind.SIP, "sip:alice@example.test", "", "tcp", false, List.of()));
        }
        try (var repository = SqlitePersonRepository.open(db)) {
            assertThat(repository.accounts().findAll()).extracting(Account::key)
                    .containsExactly("sip:alice@example.test", "xmpp:alice@example.test");
            Account xmpp = repository.accounts().find(EndpointKind.XMPP, "ALICE@example.test").orElseThrow();
            assertThat(xmpp.server()).isEqualTo("127.0.0.1:5222");
            assertThat(xmpp.trustedFingerprints()).containsExactly(FP);
            assertThat(repository.accounts().find(EndpointKind.SIP, "sip:alice@example.test").orElseThrow().enabled()).isFalse();
        }
        assertThat(Files.readString(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("password");
    }

    @Test
    void saveReplacesAndRemoveDeletes() {
        try (var repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"))) {
            var accounts = repository.accounts();
            Account account = new Account(EndpointKind.XMPP, "bob@example.test", "", "", true, List.of());
            accounts.save(account);
            accounts.save(account.withEnabled(false).withTrusted(FP.toLowerCase()));

            assertThat(accounts.findAll()).singleElement().satisfies(a -> {
                assertThat(a.enabled()).isFalse();
                assertThat(a.trustedFingerprints()).containsExactly(FP);
            });
            assertThat(accounts.remove(EndpointKind.XMPP, "bob@example.test")).isTrue();
            assertThat(accounts.remove(EndpointKind.XMPP, "bob@example.test")).isFalse();
            assertThat(accounts.findAll()).isEmpty();
        }
    }

    @Test
    void removingAnAccountRemovesItsSettingsAndNoOneElses() {
        try (var repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"))) {
            Account alice = new Account(EndpointKind.SIP, "sip:alice@example.test", "", "udp", true, List.of());
            repository.accounts().save(alice);
            repository.accounts().save(new Account(EndpointKind.SIP, "sip:alice@example.test.org", "", "udp", true, List.of()));
            repository.settings().putAll(java.util.Map.of(alice.settingsPrefix() + "calls.dnd", "true",
                    alice.settingsPrefix() + "srtp", "true",
                    "account.sip:alice@example.test.org.srtp", "true",
                    Account.settingsPrefix("sip:bob@example.test") + "calls.dnd", "true",
                    "theme", "dark"));

            repository.accounts().remove(EndpointKind.SIP, "SIP:Alice@example.test");

            assertThat(repository.settings().get(alice.settingsPrefix() + "calls.dnd")).isEmpty();
            assertThat(repository.settings().get(alice.settingsPrefix() + "srtp")).isEmpty();
            assertThat(repository.settings().get("account.sip:alice@example.test.org.srtp")).contains("true");
            assertThat(repository.settings().get(Account.settingsPrefix("sip:bob@example.test") + "calls.dnd")).contains("true");
            assertThat(repository.settings().get("theme")).contains("dark");
        }
    }
}
