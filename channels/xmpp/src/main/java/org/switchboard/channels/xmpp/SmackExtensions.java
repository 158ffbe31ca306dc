package org.switchboard.channels.xmpp;

import org.jivesoftware.smack.provider.ExtensionElementProvider;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.caps.provider.CapsExtensionProvider;
import org.jivesoftware.smackx.carbons.provider.CarbonManagerProvider;
import org.jivesoftware.smackx.chatstates.provider.ChatStateExtensionProvider;
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
import org.jivesoftware.smackx.nick.provider.NickProvider;
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
 * The parts of smack-extensions and smack-experimental the app uses, registered by hand instead of by
 * those modules' own initialisers, which load every provider and manager they list (155 providers and
 * 26 managers, among them MUC, file transfer, bytestreams, pubsub, IoT and Jingle; about 500 classes and
 * a third of Smack's initialisation, which a start with an XMPP account waits for).
 *
 * <p>Kept: the providers of what a login, a chat and the archive carry (service discovery and entity caps,
 * data forms, delay, forwarding, carbons, receipts, chat states, correction, stanza and origin ids,
 * MAM with result set management, nick), and the managers that answer the server and the contacts on
 * every connection (disco#info, caps, ping, version, time, receipts, data forms). Any other element
 * still parses, as Smack's generic extension element. The real-server tests prove each feature.
 */
final class SmackExtensions {
    /** The initialisers replaced by {@link #register}, disabled before Smack initialises. */
    static final String[] MODULE_INITIALISERS = {
        "org.jivesoftware.smack.extensions.ExtensionsInitializer",
        "org.jivesoftware.smack.experimental.ExperimentalInitializer",
    };
    private static final String CHAT_STATES = "http://jabber.org/protocol/chatstates";
    private static final String MAM = "urn:xmpp:mam:2";
    private static final String CARBONS = "urn:xmpp:carbons:2";
    private static final String STANZA_IDS = "urn:xmpp:sid:0";
    private static final String RECEIPTS = "urn:xmpp:receipts";

    private SmackExtensions() {}

    static void register() {
        iq("query", "http://jabber.org/protocol/disco#info", new DiscoverInfoProvider());
        iq("query", "http://jabber.org/protocol/disco#items", new DiscoverItemsProvider());
        iq("ping", "urn:xmpp:ping", new PingProvider());
        iq("query", "jabber:iq:version", new VersionProvider());
        iq("time", "urn:xmpp:time", new TimeProvider());
        iq("prefs", MAM, new MamPrefsIQProvider());
        iq("query", MAM, new MamQueryIQProvider());
        iq("fin", MAM, new MamFinIQProvider());
        extension("x", "jabber:x:data", new DataFormProvider());
        extension("set", "http://jabber.org/protocol/rsm", new RSMSetProvider());
        extension("c", "http://jabber.org/protocol/caps", new CapsExtensionProvider());
        extension("delay", "urn:xmpp:delay", new DelayInformationProvider());
        extension("x", "jabber:x:delay", new LegacyDelayInformationProvider());
        extension("forwarded", "urn:xmpp:forward:0", new ForwardedProvider());
        extension("sent", CARBONS, new CarbonManagerProvider());
        extension("received", CARBONS, new CarbonManagerProvider());
        extension("request", RECEIPTS, new DeliveryReceiptRequest.Provider());
        extension("received", RECEIPTS, new DeliveryReceipt.Provider());
        for (String state : new String[] {"active", "composing", "paused", "inactive", "gone"}) {
            extension(state, CHAT_STATES, new ChatStateExtensionProvider());
        }
        extension("replace", "urn:xmpp:message-correct:0", new MessageCorrectProvider());
        extension("stanza-id", STANZA_IDS, new StanzaIdProvider());
        extension("origin-id", STANZA_IDS, new OriginIdProvider());
        extension("result", MAM, new MamResultProvider());
        extension("nick", "http://jabber.org/protocol/nick", new NickProvider());
        @SuppressWarnings("unchecked")
        ExtensionElementProvider<ExtensionElement> capsFeature = (ExtensionElementProvider<ExtensionElement>) (Object) new CapsExtensionProvider();
        ProviderManager.addStreamFeatureProvider("c", "http://jabber.org/protocol/caps", capsFeature);
        // Each manager's class initialiser registers it for every new connection.
        initialise(ServiceDiscoveryManager.class, EntityCapsManager.class, XDataManager.class, PingManager.class,
                VersionManager.class, EntityTimeManager.class, DeliveryReceiptManager.class);
    }

    /** {@code provider}: Smack's {@code IQProvider} or {@code IqProvider}, whichever the extension has. */
    private static void iq(String element, String namespace, Object provider) {
        ProviderManager.addIQProvider(element, namespace, provider);
    }

    private static void extension(String element, String namespace, ExtensionElementProvider<?> provider) {
        ProviderManager.addExtensionProvider(element, namespace, provider);
    }

    private static void initialise(Class<?>... managers) {
        for (Class<?> manager : managers) {
            try {
                Class.forName(manager.getName(), true, manager.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Smack's " + manager.getSimpleName() + " is missing", e);
            }
        }
    }
}
