package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.SmackConfiguration;

/**
 * Smack's process-wide settings, applied once before Smack initialises (its first connection or
 * configuration): only the extensions the app uses ({@link SmackExtensions}) and our roster provider.
 * Smack creates each registered manager for every connection, so the ones the app does not use stay
 * off; among them HTTP File Upload (XEP-0363), which searches the server for an upload service inside
 * every login (a disco#info and two disco#items round trips that wait behind the roster).
 */
final class SmackSettings {
    static {
        SmackConfiguration.addDisabledSmackClasses(SmackExtensions.MODULE_INITIALISERS);
        SmackExtensions.register();
        LenientRosterProvider.install();
    }

    private SmackSettings() {}

    /** Applies the settings (the first call does, later ones find them applied). */
    static void apply() {
        // the static initialiser does the work, once per process
    }
}
