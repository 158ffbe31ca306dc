package org.switchboard.app.channels;

import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.contacts.settings.ProfileSettings;

/** The user's chosen own status, kept in the profile ({@code presence.mode}, {@code presence.message}); available when none. */
public final class OwnStatusSetting {
    static final String MODE = "presence.mode";
    static final String MESSAGE = "presence.message";
    private static final Logger LOG = LoggerFactory.getLogger(OwnStatusSetting.class);

    private OwnStatusSetting() {}

    public static OwnStatus load(ProfileSettings settings) {
        String mode = settings.get(MODE).orElse("available");
        try {
            return new OwnStatus(OwnStatus.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), settings.get(MESSAGE).orElse(""));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring the stored own status '{}' ({}); using available", mode, e.getMessage());
            return OwnStatus.AVAILABLE;
        }
    }

    public static void store(ProfileSettings settings, OwnStatus status) {
        settings.putAll(Map.of(MODE, status.mode().name().toLowerCase(Locale.ROOT), MESSAGE, status.message()));
    }
}
