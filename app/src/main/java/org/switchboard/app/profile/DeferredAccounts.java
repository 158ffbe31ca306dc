package org.switchboard.app.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;

/** The accounts of a profile still being opened: every call waits for the opening (call it in the background). */
final class DeferredAccounts implements AccountRepository {
    private final Supplier<AccountRepository> opened;

    DeferredAccounts(Supplier<AccountRepository> opened) {
        this.opened = opened;
    }

    @Override
    public List<Account> findAll() {
        return opened.get().findAll();
    }

    @Override
    public Optional<Account> find(EndpointKind kind, String address) {
        return opened.get().find(kind, address);
    }

    @Override
    public Account save(Account account) {
        return opened.get().save(account);
    }

    @Override
    public boolean remove(EndpointKind kind, String address) {
        return opened.get().remove(kind, address);
    }
}
