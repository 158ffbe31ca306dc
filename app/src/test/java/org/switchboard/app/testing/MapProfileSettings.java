package org.switchboard.app.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.contacts.settings.ProfileSettings;

/** Profile settings in a map. */
public final class MapProfileSettings implements ProfileSettings {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void putAll(Map<String, String> more) {
        values.putAll(more);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    public Map<String, String> all() {
        return Map.copyOf(values);
    }
}
