package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.SmackConfiguration;

/**
 * Smack's process-wide settings, applied once before Smack initialises (its first connection or
 * configuration): which optional parts of Smack are loaded ({@link SmackExtensions}) and our roster
 * provider, and how long its shared pool keeps idle threads ({@link SmackIdleThreads}).
 */
final class SmackSettings {
    static {
        SmackConfiguration.addDisabledSmackClasses(SmackExtensions.OFF);
        SmackExtensions.register();
        LenientRosterProvider.install();
        SmackIdleThreads.shorten();
    }

    private SmackSettings() {}

    /** Applies the settings (the first call does, later ones find them applied). */
    static void apply() {
        // the static initialiser does the work, once per process
    }
}
