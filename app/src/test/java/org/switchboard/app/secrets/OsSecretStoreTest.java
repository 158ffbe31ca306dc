package org.switchboard.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real OS secret store: on Linux a Secret Service on the session bus, reached through libsecret
 * and through java-keyring. scripts/test runs the suite inside {@code dbus-run-session} with an
 * unlocked gnome-keyring-daemon.
 */
class OsSecretStoreTest {
    private static SecretStore libsecret;
    private final SecretStore javaKeyring = new JavaKeyringStore();

    @BeforeAll
    static void needsASessionBusAndLibsecret() {
        assertThat(System.getenv("DBUS_SESSION_BUS_ADDRESS"))
                .withFailMessage("OsSecretStoreTest needs a Secret Service on a D-Bus session bus: run the tests with "
                        + "scripts/test (dbus-run-session + gnome-keyring-daemon; apt-get install dbus gnome-keyring)")
                .isNotBlank();
        Optional<SecretStore> loaded = LibsecretStore.load();
        assertThat(loaded).withFailMessage("OsSecretStoreTest needs libsecret: apt-get install libsecret-1-0").isPresent();
        libsecret = loaded.orElseThrow();
    }

    @Test
    void theSystemStoreOnLinuxIsLibsecret() {
        assertThat(new OsSecretStore().backend()).isInstanceOf(LibsecretStore.class);
    }

    @Test
    void libsecretStoresLooksUpReplacesAndDeletesAPassword() {
        storesLooksUpReplacesAndDeletes(libsecret, key("libsecret"));
    }

    @Test
    void javaKeyringStoresLooksUpReplacesAndDeletesAPassword() {
        storesLooksUpReplacesAndDeletes(javaKeyring, key("java-keyring"));
    }

    @Test
    void eachFindsThePasswordsTheOtherStored() {
        String keptByJavaKeyring = key("by-java-keyring");
        javaKeyring.store(keptByJavaKeyring, "from java-keyring ✓".toCharArray());
        assertHolds(libsecret, keptByJavaKeyring, "from java-keyring ✓");
        libsecret.delete(keptByJavaKeyring);
        assertThat(javaKeyring.lookup(keptByJavaKeyring)).isEmpty();

        String keptByLibsecret = key("by-libsecret");
        libsecret.store(keptByLibsecret, "from libsecret".toCharArray());
        assertHolds(javaKeyring, keptByLibsecret, "from libsecret");
        javaKeyring.store(keptByLibsecret, "replaced by java-keyring".toCharArray());
        assertHolds(libsecret, keptByLibsecret, "replaced by java-keyring");
        javaKeyring.delete(keptByLibsecret);
        assertThat(libsecret.lookup(keptByLibsecret)).isEmpty();
    }

    @Test
    void accountsWithSimilarKeysDoNotShareAPassword() {
        String first = key("similar");
        String second = first + "x";
        libsecret.store(first, "first".toCharArray());
        libsecret.store(second, "second".toCharArray());

        assertHolds(libsecret, first, "first");
        assertHolds(libsecret, second, "second");
        libsecret.delete(first);
        assertHolds(libsecret, second, "second");
        libsecret.delete(second);
    }

    @Test
    void aWarmedUpStoreAnswersAndAnEmptyPasswordStaysEmpty() {
        libsecret.warmUp();
        String key = key("empty");
        libsecret.store(key, new char[0]);
        assertThat(libsecret.lookup(key)).hasValueSatisfying(p -> assertThat(p).isEmpty());
        libsecret.delete(key);
    }

    private static void assertHolds(SecretStore store, String key, String password) {
        assertThat(store.lookup(key)).map(String::new).contains(password);
    }

    private static void storesLooksUpReplacesAndDeletes(SecretStore store, String key) {
        assertThat(store.lookup(key)).isEmpty();
        store.store(key, "pässwörd with spaces".toCharArray());
        assertHolds(store, key, "pässwörd with spaces");

        store.store(key, "changed".toCharArray());
        assertHolds(store, key, "changed");

        store.delete(key);
        assertThat(store.lookup(key)).isEmpty();
        store.delete(key);
    }

    private static String key(String what) {
        return "xmpp:secret-test-" + what + "-" + ProcessHandle.current().pid() + "@example.test";
    }
}
