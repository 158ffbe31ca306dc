package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.caps.provider.CapsExtensionProvider;
import org.jivesoftware.smackx.carbons.provider.CarbonManagerProvider;
import org.jivesoftware.smackx.chatstates.provider.ChatStateExtensionProvider;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.commands.provider.AdHocCommandDataProvider;
import org.jivesoftware.smackx.delay.provider.DelayInformationProvider;
import org.jivesoftware.smackx.delay.provider.LegacyDelayInformationProvider;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.provider.DiscoverInfoProvider;
import org.jivesoftware.smackx.disco.provider.DiscoverItemsProvider;
import org.jivesoftware.smackx.forward.provider.ForwardedProvider;
import org.jivesoftware.smackx.iqversion.VersionManager;
import org.jivesoftware.smackx.iqversion.provider.VersionProvider;
import org.jivesoftware.smackx.mam.provider.MamFinIQProvider;
import org.jivesoftware.smackx.mam.provider.MamPrefsIQProvider;
import org.jivesoftware.smackx.mam.provider.MamQueryIQProvider;
import org.jivesoftware.smackx.mam.provider.MamResultProvider;
import org.jivesoftware.smackx.message_correct.provider.MessageCorrectProvider;
import org.jivesoftware.smackx.ping.PingManager;
import org.jivesoftware.smackx.ping.provider.PingProvider;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jivesoftware.smackx.rsm.provider.RSMSetProvider;
import org.jivesoftware.smackx.sid.provider.OriginIdProvider;
import org.jivesoftware.smackx.sid.provider.StanzaIdProvider;
import org.jivesoftware.smackx.time.EntityTimeManager;
import org.jivesoftware.smackx.time.provider.TimeProvider;
import org.jivesoftware.smackx.xdata.XDataManager;
import org.jivesoftware.smackx.xdata.provider.DataFormProvider;

/**
 * Which parts of Smack's optional modules a connection gets. The initialisers of smack-extensions and
 * smack-experimental are kept off: between them they instantiate 155 providers by reflection (PubSub,
 * MUC, Jingle, bytestreams, IoT, HTTP over XMPP and more) and create up to 30 managers for every
 * connection (HTTP File Upload's searched the server for an upload service inside every login). That
 * initialisation sat on the first connect's critical path. Instead this class registers what the app
 * speaks: the providers of the extensions it parses, and the managers every connection gets.
 *
 * <p>Providers: service discovery and entity caps, delays (current and legacy), forwarded messages,
 * carbons, MAM with its data forms and result sets, stanza and origin ids, chat states, receipts,
 * message correction, ping, software version, entity time, and Ad-Hoc Commands (its manager is on).
 * An extension without a provider still arrives, as a generic element, so a provider missing here
 * shows as a feature that quietly stops working: {@code SmackExtensionsTest} parses one of each.
 *
 * <p>Managers, created for every connection: service discovery, entity caps, ping, delivery receipts,
 * software version, entity time, data forms, and Ad-Hoc Commands. The last is not used by the app;
 * without its manager the XMPP bench's round trip lost every echo (the peer sent it, alice's channel
 * never saw it), in four runs out of four, with it none. Not understood yet; the channel tests pass
 * either way.
 */
final class SmackExtensions {
    /** Smack's initialisers not run: given to Smack before it initialises. */
    static final String[] OFF = {
        "org.jivesoftware.smack.extensions.ExtensionsInitializer",
        "org.jivesoftware.smack.experimental.ExperimentalInitializer",
    };
    /** The managers Smack creates for every new connection. */
    static final Class<?>[] MANAGERS = {
        ServiceDiscoveryManager.class, EntityCapsManager.class, PingManager.class, DeliveryReceiptManager.class,
        VersionManager.class, EntityTimeManager.class, XDataManager.class, AdHocCommandManager.class,
    };
    private static final String DISCO = "http://jabber.org/protocol/disco";
    private static final String CAPS = "http://jabber.org/protocol/caps";
    private static final String CHAT_STATES = "http://jabber.org/protocol/chatstates";
    private static final String COMMANDS = "http://jabber.org/protocol/commands";
    private static final String MAM = "urn:xmpp:mam:2";
    private static final String CARBONS = "urn:xmpp:carbons:2";
    private static final String STANZA_IDS = "urn:xmpp:sid:0";
    private static final String RECEIPTS = "urn:xmpp:receipts";

    private SmackExtensions() {}

    /** Registers the providers the app parses with, and the managers each connection gets. */
    static void register() {
        registerDiscoveryAndCaps();
        registerMessageExtensions();
        registerArchive();
        registerServices();
        for (Class<?> manager : MANAGERS) {
            initialise(manager);
        }
    }

    private static void registerDiscoveryAndCaps() {
        ProviderManager.addIQProvider("query", DISCO + "#info", new DiscoverInfoProvider());
        ProviderManager.addIQProvider("query", DISCO + "#items", new DiscoverItemsProvider());
        ProviderManager.addExtensionProvider("c", CAPS, new CapsExtensionProvider());
    }

    private static void registerMessageExtensions() {
        ProviderManager.addExtensionProvider("delay", "urn:xmpp:delay", new DelayInformationProvider());
        ProviderManager.addExtensionProvider("x", "jabber:x:delay", new LegacyDelayInformationProvider());
        ProviderManager.addExtensionProvider("forwarded", "urn:xmpp:forward:0", new ForwardedProvider());
        CarbonManagerProvider carbon = new CarbonManagerProvider();
        ProviderManager.addExtensionProvider("sent", CARBONS, carbon);
        ProviderManager.addExtensionProvider("received", CARBONS, carbon);
        ProviderManager.addExtensionProvider("stanza-id", STANZA_IDS, new StanzaIdProvider());
        ProviderManager.addExtensionProvider("origin-id", STANZA_IDS, new OriginIdProvider());
        ChatStateExtensionProvider chatState = new ChatStateExtensionProvider();
        for (String state : new String[] {"active", "composing", "paused", "inactive", "gone"}) {
            ProviderManager.addExtensionProvider(state, CHAT_STATES, chatState);
        }
        ProviderManager.addExtensionProvider(DeliveryReceipt.ELEMENT, RECEIPTS, new DeliveryReceipt.Provider());
        ProviderManager.addExtensionProvider(DeliveryReceiptRequest.ELEMENT, RECEIPTS, new DeliveryReceiptRequest.Provider());
        ProviderManager.addExtensionProvider("replace", "urn:xmpp:message-correct:0", new MessageCorrectProvider());
    }

    private static void registerArchive() {
        ProviderManager.addIQProvider("prefs", MAM, new MamPrefsIQProvider());
        ProviderManager.addIQProvider("query", MAM, new MamQueryIQProvider());
        ProviderManager.addIQProvider("fin", MAM, new MamFinIQProvider());
        ProviderManager.addExtensionProvider("result", MAM, new MamResultProvider());
        ProviderManager.addExtensionProvider("x", "jabber:x:data", new DataFormProvider());
        ProviderManager.addExtensionProvider("set", "http://jabber.org/protocol/rsm", new RSMSetProvider());
    }

    private static void registerServices() {
        ProviderManager.addIQProvider("ping", "urn:xmpp:ping", new PingProvider());
        ProviderManager.addIQProvider("query", "jabber:iq:version", new VersionProvider());
        ProviderManager.addIQProvider("time", "urn:xmpp:time", new TimeProvider());
        ProviderManager.addIQProvider("command", COMMANDS, new AdHocCommandDataProvider());
        ProviderManager.addExtensionProvider("bad-action", COMMANDS, new AdHocCommandDataProvider.BadActionError());
        ProviderManager.addExtensionProvider("malformed-action", COMMANDS, new AdHocCommandDataProvider.MalformedActionError());
        ProviderManager.addExtensionProvider("bad-locale", COMMANDS, new AdHocCommandDataProvider.BadLocaleError());
        ProviderManager.addExtensionProvider("bad-payload", COMMANDS, new AdHocCommandDataProvider.BadPayloadError());
        ProviderManager.addExtensionProvider("bad-sessionid", COMMANDS, new AdHocCommandDataProvider.BadSessionIDError());
        ProviderManager.addExtensionProvider("session-expired", COMMANDS, new AdHocCommandDataProvider.SessionExpiredError());
    }

    /** Runs the manager's static initialiser, which asks Smack to create it for every new connection. */
    private static void initialise(Class<?> manager) {
        try {
            Class.forName(manager.getName(), true, manager.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Smack manager missing from the class path: " + manager.getName(), e);
        }
    }
}
