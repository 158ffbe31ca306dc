package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.carbons.provider.CarbonManagerProvider;
import org.jivesoftware.smackx.mam.provider.MamFinIQProvider;
import org.jivesoftware.smackx.mam.provider.MamPrefsIQProvider;
import org.jivesoftware.smackx.mam.provider.MamQueryIQProvider;
import org.jivesoftware.smackx.mam.provider.MamResultProvider;
import org.jivesoftware.smackx.sid.provider.OriginIdProvider;
import org.jivesoftware.smackx.sid.provider.StanzaIdProvider;

/**
 * Which parts of Smack's optional modules a connection gets. smack-experimental's initialiser loads every
 * provider and manager it lists (62 providers and 9 managers: IoT, HTTP over XMPP, MUC light, HTTP
 * File Upload and more); instead its providers the app uses are registered here: carbons, MAM and
 * stanza/origin ids. From smack-extensions the providers all stay; the managers the app does not use are
 * kept off, since Smack creates each registered manager for every connection (HTTP File Upload's searched
 * the server for an upload service inside every login, waiting behind the roster).
 *
 * <p>Not kept off, though unused: Ad-Hoc Commands. Without its manager the XMPP bench's round trip lost
 * every echo (the peer sent it, alice's channel never saw it), in four runs out of four; with it, none.
 * Not understood yet; the channel tests pass either way.
 */
final class SmackExtensions {
    /** Smack classes and packages not loaded: given to Smack before it initialises. */
    static final String[] OFF = {
        "org.jivesoftware.smack.experimental.ExperimentalInitializer",
        "org.jivesoftware.smackx.xhtmlim",
        "org.jivesoftware.smackx.mediaelement",
        "org.jivesoftware.smackx.muc",
        "org.jivesoftware.smackx.bytestreams",
        "org.jivesoftware.smackx.filetransfer",
        "org.jivesoftware.smackx.iqlast",
        "org.jivesoftware.smackx.privacy",
    };
    private static final String MAM = "urn:xmpp:mam:2";
    private static final String CARBONS = "urn:xmpp:carbons:2";
    private static final String STANZA_IDS = "urn:xmpp:sid:0";

    private SmackExtensions() {}

    /** Registers the providers of smack-experimental that the app uses. */
    static void register() {
        ProviderManager.addIQProvider("prefs", MAM, new MamPrefsIQProvider());
        ProviderManager.addIQProvider("query", MAM, new MamQueryIQProvider());
        ProviderManager.addIQProvider("fin", MAM, new MamFinIQProvider());
        ProviderManager.addExtensionProvider("result", MAM, new MamResultProvider());
        ProviderManager.addExtensionProvider("sent", CARBONS, new CarbonManagerProvider());
        ProviderManager.addExtensionProvider("received", CARBONS, new CarbonManagerProvider());
        ProviderManager.addExtensionProvider("stanza-id", STANZA_IDS, new StanzaIdProvider());
        ProviderManager.addExtensionProvider("origin-id", STANZA_IDS, new OriginIdProvider());
    }
}
