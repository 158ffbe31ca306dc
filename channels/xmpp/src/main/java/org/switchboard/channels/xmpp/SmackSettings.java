package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.roster.Roster;

/**
 * Smack's process-wide settings, applied once before Smack initialises (its first connection or
 * configuration): which optional parts of Smack are loaded ({@link SmackExtensions}) and our roster
 * provider, and how long its shared pool keeps idle threads ({@link SmackIdleThreads}).
 *
 * <p>Smack's {@code Roster} is left empty and silent. Smack creates one for every connection whatever the app
 * does (its entity caps manager asks for it), and a loaded one kept a second copy of every entry and every
 * presence the server sent, unavailable ones included: 2.3 MB of heap with a 2,000-contact roster. The channel
 * keeps the roster and the available presences itself. Smack's roster never asks for the roster, never answers
 * a subscription request (the user does), and keeps the presences of addresses outside its (empty) roster in a
 * cache of one.
 */
final class SmackSettings {
    static {
        SmackConfiguration.addDisabledSmackClasses(SmackExtensions.OFF);
        SmackExtensions.register();
        LenientRosterProvider.install();
        Roster.setRosterLoadedAtLoginDefault(false);
        Roster.setDefaultSubscriptionMode(Roster.SubscriptionMode.manual);
        Roster.setDefaultNonRosterPresenceMapMaxSize(1);
        SmackIdleThreads.shorten();
    }

    private SmackSettings() {}

    /** Applies the settings (the first call does, later ones find them applied). */
    static void apply() {
        // the static initialiser does the work, once per process
    }
}
