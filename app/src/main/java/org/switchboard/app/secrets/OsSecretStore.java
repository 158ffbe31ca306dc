package org.switchboard.app.secrets;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The secret store of this system: on Linux the Secret Service through libsecret
 * ({@link LibsecretStore}); elsewhere, or when libsecret is missing, java-keyring
 * ({@link JavaKeyringStore}: Keychain on macOS, Credential Manager on Windows). Both keep an item
 * under the same attributes, so a password stored by one is found by the other. Which one is chosen
 * on first use (usually the warm-up in the background), not when this object is made: loading a
 * native library is no work for the start-up's main thread.
 */
public final class OsSecretStore implements SecretStore {
    /** The {@code service} attribute of every item we keep; the {@code account} attribute is the account's key. */
    static final String SERVICE = "switchboard";

    private @Nullable SecretStore backend;

    @Override
    public void store(String accountKey, char[] secret) {
        backend().store(accountKey, secret);
    }

    @Override
    public Optional<char[]> lookup(String accountKey) {
        return backend().lookup(accountKey);
    }

    @Override
    public void delete(String accountKey) {
        backend().delete(accountKey);
    }

    @Override
    public void warmUp() {
        backend().warmUp();
    }

    /** The store chosen for this system. */
    synchronized SecretStore backend() {
        SecretStore chosen = backend;
        if (chosen == null) {
            chosen = LibsecretStore.load().orElseGet(JavaKeyringStore::new);
            backend = chosen;
        }
        return chosen;
    }
}
