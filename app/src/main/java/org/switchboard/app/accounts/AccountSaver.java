package org.switchboard.app.accounts;

import java.util.Arrays;
import java.util.Optional;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;

/**
 * Writes an account and its password so that nothing is half-written: the password goes to the secret
 * store first (if that fails, the account is not saved); if the account then cannot be saved, the
 * previous password is put back (or the new one removed). Blocking: call it in the background.
 */
final class AccountSaver {
    private final AccountRepository accounts;
    private final SecretStore secrets;

    AccountSaver(AccountRepository accounts, SecretStore secrets) {
        this.accounts = accounts;
        this.secrets = secrets;
    }

    /** Saves {@code account}; an empty {@code password} keeps the stored one. The array is wiped. */
    Account save(Account account, char[] password) {
        if (password.length == 0) {
            return accounts.save(account);
        }
        String key = account.key();
        Optional<char[]> previous = secrets.lookup(key);
        try {
            secrets.store(key, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        try {
            return accounts.save(account);
        } catch (RuntimeException e) {
            restore(key, previous);
            throw e;
        }
    }

    /** Removes the account and forgets its password. */
    void remove(Account account) {
        accounts.remove(account.kind(), account.address());
        secrets.delete(account.key());
    }

    private void restore(String key, Optional<char[]> previous) {
        if (previous.isPresent()) {
            char[] old = previous.get();
            secrets.store(key, old);
            Arrays.fill(old, '\0');
        } else {
            secrets.delete(key);
        }
    }
}
