package org.switchboard.channels.xmpp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's roster as the channel keeps it, with the server's version of it (XEP-0237): the entries and the
 * version in memory, the only copy the channel holds (Smack's own {@code Roster} is left empty, see
 * {@link SmackSettings}), read from a {@link RosterCache} once, written back whole after each change (a login's
 * full roster, a push).
 * What the cache holds is a roster query element as the server sends it, parsed as the server's
 * ({@link LenientRosterProvider}); a text that does not parse is logged and treated as no roster, so the server sends it all.
 */
final class VersionedRosterStore {
    private static final Logger LOG = LoggerFactory.getLogger(VersionedRosterStore.class);
    private final RosterCache cache;
    private final String account;
    private final Map<BareJid, RosterPacket.Item> items = new LinkedHashMap<>();
    private String version = "";
    private boolean read;

    VersionedRosterStore(RosterCache cache, String account) {
        this.cache = cache;
        this.account = account;
    }

    synchronized List<RosterPacket.Item> entries() {
        readOnce();
        return new ArrayList<>(items.values());
    }

    synchronized RosterPacket.@Nullable Item entry(Jid bareJid) {
        readOnce();
        return items.get(bareJid.asBareJid());
    }

    /** Whether {@code jid}'s account is in the roster. */
    synchronized boolean contains(Jid jid) {
        readOnce();
        return items.containsKey(jid.asBareJid());
    }

    /** Whether {@code jid}'s account may see the user's presence (subscription from or both, RFC 6121 §2.1.2.5). */
    synchronized boolean subscribedToMe(Jid jid) {
        readOnce();
        RosterPacket.Item item = items.get(jid.asBareJid());
        return item != null && (item.getItemType() == RosterPacket.ItemType.from || item.getItemType() == RosterPacket.ItemType.both);
    }

    synchronized String version() {
        readOnce();
        return version;
    }

    synchronized void put(RosterPacket.Item item, @Nullable String newVersion) {
        readOnce();
        items.put(item.getJid(), item);
        written(newVersion);
    }

    synchronized void replaceAll(Collection<RosterPacket.Item> newItems, @Nullable String newVersion) {
        items.clear();
        newItems.forEach(item -> items.put(item.getJid(), item));
        read = true;
        written(newVersion);
    }

    synchronized void remove(Jid bareJid, @Nullable String newVersion) {
        readOnce();
        items.remove(bareJid.asBareJid());
        written(newVersion);
    }

    private void readOnce() {
        if (read) {
            return;
        }
        read = true;
        Optional<String> kept;
        try {
            kept = cache.read();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the kept roster of {}; the server sends it whole: {}", account, e.getMessage());
            return;
        }
        kept.ifPresent(this::parse);
    }

    private void parse(String xml) {
        try {
            RosterPacket roster = LenientRosterProvider.INSTANCE.parse(PacketParserUtils.getParserFor(xml));
            roster.getRosterItems().forEach(item -> items.put(item.getJid(), item));
            version = roster.getVersion() == null ? "" : roster.getVersion();
            LOG.debug("Kept roster of {}: {} entries, version {}", account, items.size(), version);
        } catch (Exception e) {
            items.clear();
            version = "";
            LOG.warn("The kept roster of {} is unreadable ({}); the server sends it whole", account, e.toString());
        }
    }

    private void written(@Nullable String newVersion) {
        version = newVersion == null ? "" : newVersion;
        XmlStringBuilder xml = new XmlStringBuilder();
        xml.halfOpenElement(RosterPacket.ELEMENT).xmlnsAttribute(RosterPacket.NAMESPACE).optAttribute("ver", version)
                .rightAngleBracket();
        items.values().forEach(xml::append);
        xml.closeElement(RosterPacket.ELEMENT);
        try {
            cache.write(xml.toString());
        } catch (RuntimeException e) {
            LOG.warn("Cannot keep the roster of {}; the next login fetches it whole: {}", account, e.getMessage());
        }
    }
}
