package org.switchboard.contacts.settings;

import java.util.Map;
import java.util.Optional;

/** Key/value text settings of a profile. Every write is one transaction; implementations are thread-safe. */
public interface ProfileSettings {
    Optional<String> get(String key);

    /** Stores (or replaces) every given value in one transaction. */
    void putAll(Map<String, String> values);

    default void put(String key, String value) {
        putAll(Map.of(key, value));
    }

    /** Forgets the key; nothing happens when it is not set. */
    void remove(String key);
}
