package org.switchboard.channels.xmpp;

import java.io.IOException;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses roster results and pushes (RFC 6121 §2.1) item by item, skipping an item whose JID is
 * invalid with a warning. Smack's own provider fails the whole roster on one bad item, and one
 * stored bad address would then cost the user every contact.
 */
final class LenientRosterProvider extends IQProvider<RosterPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(LenientRosterProvider.class);
    static final LenientRosterProvider INSTANCE = new LenientRosterProvider();

    /** Replaces Smack's roster provider (a process-wide registry); idempotent. */
    static void install() {
        ProviderManager.addIQProvider(RosterPacket.ELEMENT, RosterPacket.NAMESPACE, INSTANCE);
    }

    @Override
    public RosterPacket parse(XmlPullParser parser, int initialDepth, XmlEnvironment xmlEnvironment)
            throws XmlPullParserException, IOException {
        RosterPacket roster = new RosterPacket();
        roster.setVersion(parser.getAttributeValue("", "ver"));
        while (true) {
            XmlPullParser.Event event = parser.next();
            if (event == XmlPullParser.Event.START_ELEMENT && "item".equals(parser.getName())) {
                RosterPacket.Item item = item(parser);
                if (item != null) {
                    roster.addRosterItem(item);
                }
            } else if (event == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == initialDepth) {
                return roster;
            } else if (event == XmlPullParser.Event.END_DOCUMENT) {
                throw new XmlPullParserException("roster ended early");
            }
        }
    }

    private static RosterPacket.@org.jspecify.annotations.Nullable Item item(XmlPullParser parser)
            throws XmlPullParserException, IOException {
        int depth = parser.getDepth();
        String jid = parser.getAttributeValue("", "jid");
        BareJid bare = bareJid(jid);
        RosterPacket.Item item = bare == null ? null : new RosterPacket.Item(bare, parser.getAttributeValue("", "name"));
        if (item != null) {
            item.setSubscriptionPending("subscribe".equals(parser.getAttributeValue("", "ask")));
            item.setItemType(RosterPacket.ItemType.fromString(parser.getAttributeValue("", "subscription")));
            item.setApproved("true".equals(parser.getAttributeValue("", "approved")));
        }
        while (!(parser.next() == XmlPullParser.Event.END_ELEMENT && parser.getDepth() == depth)) {
            if (item != null && parser.getEventType() == XmlPullParser.Event.START_ELEMENT && "group".equals(parser.getName())) {
                String group = parser.nextText();
                if (group != null && !group.isBlank()) {
                    item.addGroupName(group);
                }
            }
        }
        return item;
    }

    private static @org.jspecify.annotations.Nullable BareJid bareJid(@org.jspecify.annotations.Nullable String jid) {
        if (jid == null) {
            LOG.warn("Skipped a roster item without an address");
            return null;
        }
        try {
            return JidCreate.bareFrom(jid);
        } catch (XmppStringprepException | IllegalArgumentException e) {
            LOG.warn("Skipped a roster item with an invalid address ({} characters): {}", jid.length(), e.getMessage());
            return null;
        }
    }
}
