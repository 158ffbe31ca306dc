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

    /**
     * Opens the connection to the store ahead of the first look-up (at start-up, in parallel with the
     * window), so that connecting the accounts does not wait for it; failures surface at the look-up.
     */
    default void warmUp() {
    }
}
