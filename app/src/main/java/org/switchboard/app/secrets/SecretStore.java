package org.switchboard.app.secrets;

import java.util.Optional;

/** The OS secret store, keyed by account ({@code xmpp:alice@example.test}). */
public interface SecretStore {
    /** Stores (or replaces) the secret of an account. */
    void store(String accountKey, char[] secret);

    /** The secret of an account, or empty when none is stored. The caller wipes the array after use. */
    Optional<char[]> lookup(String accountKey);

    /** Forgets the secret of an account; nothing happens when none is stored. */
    void delete(String accountKey);
}
