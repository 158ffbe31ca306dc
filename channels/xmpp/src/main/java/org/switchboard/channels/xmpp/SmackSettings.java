package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.SmackConfiguration;

/**
 * Smack's process-wide settings, applied once before Smack initialises (its first connection or
 * configuration): our roster provider, and Smack's optional managers that the app does not use
 * kept off, since Smack creates each of them for every connection. HTTP File Upload (XEP-0363) is one
 * of them because it searches the server for an upload service inside every login: a disco#info
 * and two disco#items round trips that wait behind the roster (about 0.2 s for 2,000 contacts).
 */
final class SmackSettings {
    private static final String[] UNUSED_MANAGERS = {
        "org.jivesoftware.smackx.httpfileupload.HttpFileUploadManager",
        "org.jivesoftware.smackx.hoxt.HOXTManager",
        "org.jivesoftware.smackx.iot",
    };

    static {
        SmackConfiguration.addDisabledSmackClasses(UNUSED_MANAGERS);
        LenientRosterProvider.install();
    }

    private SmackSettings() {}

    /** Applies the settings (the first call does, later ones find them applied). */
    static void apply() {
        // the static initialiser does the work, once per process
    }
}
