package org.switchboard.app.shell;

import java.util.function.Supplier;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.media.MediaEngine;

/**
 * What the window needs to make calls, asked for only when a SIP account shows up (libjitsi is not
 * loaded for a profile without one). Both suppliers may block: call them off the FX thread.
 *
 * @param media the app's audio engine
 * @param settings the profile's settings (pinned devices, call handling)
 */
public record CallSetup(Supplier<MediaEngine> media, Supplier<ProfileSettings> settings) {
    /** No calls: the Calls menu stays off. */
    public static final CallSetup NONE = new CallSetup(() -> {
        throw new IllegalStateException("calls are not set up");
    }, () -> {
        throw new IllegalStateException("calls are not set up");
    });

    public boolean available() {
        return this != NONE;
    }
}
