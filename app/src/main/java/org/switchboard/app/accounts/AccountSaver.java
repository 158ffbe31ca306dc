package org.switchboard.app.accounts;

import java.util.Arrays;
import java.util.Optional;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * Writes an account, its password and (SIP) its call handling so that nothing is half-written: the
 * call handling goes to the profile first, then the password to the secret store, then the account;
 * when a later step fails, the earlier ones are put back as they were. Blocking: call it in the
 * background.
 */
final class AccountSaver {
    private final AccountRepository accounts;
    private final SecretStore secrets;
    private final ProfileSettings settings;

    /**
     * What a save did.
     *
     * @param account the account as stored
     * @param reconnect the account existed and what its channel is made from changed (the account,
     *     its password or its call handling): its running channel must be made again
     */
    record Saved(Account account, boolean reconnect) {}

    AccountSaver(AccountRepository accounts, SecretStore secrets, ProfileSettings settings) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.settings = settings;
    }

    /**
     * Saves {@code account} and, when given, its {@code calls} settings under its key; an empty
     * {@code password} keeps the stored one. The array is wiped.
     */
    Saved save(Account account, char[] password, Optional<CallHandlingSettings> calls) {
        String key = account.key();
        Optional<Account> before = accounts.find(account.kind(), account.address());
        Optional<char[]> previousPassword = password.length == 0 ? Optional.empty() : secrets.lookup(key);
        Optional<CallHandlingSettings> callsBefore = calls.map(c -> CallHandlingSettings.load(settings, key));
        calls.ifPresent(c -> c.save(settings, key));
        try {
            boolean newPassword = password.length > 0 && !previousPassword.map(old -> Arrays.equals(old, password)).orElse(false);
            Account stored = saveWithPassword(account, password, previousPassword);
            boolean changed = newPassword || !before.equals(Optional.of(stored)) || !callsBefore.equals(calls);
            return new Saved(stored, before.isPresent() && changed);
        } catch (RuntimeException e) {
            callsBefore.ifPresent(c -> c.save(settings, key));
            throw e;
        } finally {
            Arrays.fill(password, '\0');
            previousPassword.ifPresent(old -> Arrays.fill(old, '\0'));
        }
    }

    /** Stores the password (unless empty) and then the account; if the account cannot be saved, the previous password is put back. */
    private Account saveWithPassword(Account account, char[] password, Optional<char[]> previous) {
        if (password.length == 0) {
            return accounts.save(account);
        }
        String key = account.key();
        secrets.store(key, password);
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
            secrets.store(key, previous.get());
        } else {
            secrets.delete(key);
        }
    }
}
