package org.switchboard.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real OS secret store: on Linux a Secret Service on the session bus. scripts/test runs the
 * suite inside {@code dbus-run-session} with an unlocked gnome-keyring-daemon.
 */
class OsSecretStoreTest {
    private final OsSecretStore store = new OsSecretStore();

    @BeforeAll
    static void needsASessionBus() {
        assertThat(System.getenv("DBUS_SESSION_BUS_ADDRESS"))
                .withFailMessage("OsSecretStoreTest needs a Secret Service on a D-Bus session bus: run the tests with "
                        + "scripts/test (dbus-run-session + gnome-keyring-daemon; apt-get install dbus gnome-keyring)")
                .isNotBlank();
    }

    @Test
    void storesLooksUpAndDeletesAPassword() {
        String key = "xmpp:secret-test-" + ProcessHandle.current().pid() + "@example.test";
        store.store(key, "pässwörd with spaces".toCharArray());

        assertThat(store.lookup(key)).map(String::new).contains("pässwörd with spaces");

        store.store(key, "changed".toCharArray());
        assertThat(store.lookup(key)).map(String::new).contains("changed");

        store.delete(key);
        assertThat(store.lookup(key)).isEmpty();
        store.delete(key);
    }
}
