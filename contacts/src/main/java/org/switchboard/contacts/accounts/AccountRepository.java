package org.switchboard.contacts.accounts;

import java.util.List;
import java.util.Optional;
import org.switchboard.contacts.EndpointKind;

/** The stored accounts of a profile (never their passwords). Every write is one transaction. */
public interface AccountRepository {
    /** Every account, by kind then address. */
    List<Account> findAll();

    Optional<Account> find(EndpointKind kind, String address);

    /** Adds the account or replaces the stored one with the same kind and address. */
    Account save(Account account);

    /** Removes the account; {@code false} when there was none. */
    boolean remove(EndpointKind kind, String address);
}
