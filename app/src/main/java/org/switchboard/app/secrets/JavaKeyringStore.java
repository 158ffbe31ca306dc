package org.switchboard.app.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS secret store through java-keyring: Keychain on macOS, Credential Manager on Windows, and on
 * Linux the Secret Service when libsecret is missing (see {@link OsSecretStore}). One session is opened on first use and kept
 * (opening one costs a D-Bus connection and a key exchange, hundreds of milliseconds); a call that
 * fails on a kept session is tried once more on a fresh one. Calls are serialised.
 */
final class JavaKeyringStore implements SecretStore {
    private static final String SERVICE = OsSecretStore.SERVICE;
    private static final Logger LOG = LoggerFactory.getLogger(JavaKeyringStore.class);

    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Keyring keyring;

    private interface Call<T> {
        T on(Keyring keyring) throws PasswordAccessException;
    }

    @Override
    public void store(String accountKey, char[] secret) {
        try {
            call(k -> {
                k.setPassword(SERVICE, accountKey, new String(secret));
                return null;
            });
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("The secret store refused to keep the password of " + accountKey + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<char[]> lookup(String accountKey) {
        try {
            return Optional.of(call(k -> k.getPassword(SERVICE, accountKey)).toCharArray());
        } catch (PasswordAccessException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String accountKey) {
        try {
            call(k -> {
                k.deletePassword(SERVICE, accountKey);
                return null;
            });
        } catch (PasswordAccessException e) {
            LOG.debug("No password of {} to delete", accountKey);
        }
    }

    @Override
    public void warmUp() {
        lock.lock();
        try {
            session();
        } catch (RuntimeException e) {
            LOG.debug("The secret store could not be opened ahead of time: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    private <T> T call(Call<T> call) throws PasswordAccessException {
        lock.lock();
        try {
            try {
                return call.on(session());
            } catch (PasswordAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.debug("The kept secret-store session failed ({}); opening a fresh one", e.toString());
                forget();
                return call.on(session());
            }
        } catch (RuntimeException e) {
            forget();
            throw unavailable(e);
        } finally {
            lock.unlock();
        }
    }

    private Keyring session() {
        Keyring open = keyring;
        if (open == null) {
            try {
                open = Keyring.create();
            } catch (BackendNotSupportedException e) {
                throw unavailable(e);
            }
            keyring = open;
        }
        return open;
    }

    private void forget() {
        Keyring open = keyring;
        keyring = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception e) {
                LOG.debug("Closing the secret-store session failed: {}", e.toString());
            }
        }
    }

    private static SecretStoreException unavailable(Exception e) {
        if (e instanceof SecretStoreException known) {
            return known;
        }
        return new SecretStoreException("No OS secret store is available (" + e.getMessage() + "). On Linux start a "
                + "Secret Service such as GNOME Keyring (package gnome-keyring) in your session; Switchboard never "
                + "writes passwords to files.", e);
    }
}
