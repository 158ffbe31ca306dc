package org.switchboard.app.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * The profile's settings asked for at each use, for a profile that opens in the background: every
 * call may wait for the opening (and fails as the supplier does), so use it off the UI thread only.
 *
 * @param opened the settings once the profile is open
 */
public record DeferredSettings(Supplier<ProfileSettings> opened) implements ProfileSettings {
    @Override
    public Optional<String> get(String key) {
        return opened.get().get(key);
    }

    @Override
    public void putAll(Map<String, String> values) {
        opened.get().putAll(values);
    }

    @Override
    public void remove(String key) {
        opened.get().remove(key);
    }
}
