package org.switchboard.app.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The OS secret store through java-keyring: the Secret Service on Linux (GNOME Keyring, KWallet),
 * Keychain on macOS, Credential Manager on Windows. Each call opens and closes its own session, so
 * nothing holds the bus between uses.
 */
public final class OsSecretStore implements SecretStore {
    static final String SERVICE = "switchboard";

    @Override
    public void store(String accountKey, char[] secret) {
        try (Keyring keyring = open()) {
            keyring.setPassword(SERVICE, accountKey, new String(secret));
        } catch (PasswordAccessException e) {
            throw new SecretStoreException("The secret store refused to keep the password of " + accountKey + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<char[]> lookup(String accountKey) {
        try (Keyring keyring = open()) {
            return Optional.of(keyring.getPassword(SERVICE, accountKey).toCharArray());
        } catch (PasswordAccessException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    @Override
    public void delete(String accountKey) {
        try (Keyring keyring = open()) {
            keyring.deletePassword(SERVICE, accountKey);
        } catch (PasswordAccessException e) {
            // nothing was stored for this account: deleting it is done
            return;
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private static Keyring open() throws BackendNotSupportedException {
        return Keyring.create();
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
