package org.switchboard.app.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.app.secrets.SecretStore;

/** A secret store in memory, for tests of the code above the port (the real one is tested in OsSecretStoreTest). */
public final class MapSecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void store(String accountKey, char[] secret) {
        secrets.put(accountKey, new String(secret));
    }

    @Override
    public Optional<char[]> lookup(String accountKey) {
        return Optional.ofNullable(secrets.get(accountKey)).map(String::toCharArray);
    }

    @Override
    public void delete(String accountKey) {
        secrets.remove(accountKey);
    }

    public Map<String, String> all() {
        return Map.copyOf(secrets);
    }
}
