package org.switchboard.channels.xmpp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.roster.rosterstore.RosterStore;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Smack's roster store (XEP-0237) over a {@link RosterCache}: the entries and the version in memory,
 * read from the cache once, written back whole after each change (a login's full roster, a push).
 * What the cache holds is a roster query element as the server sends it, parsed as the server's
 * ({@link LenientRosterProvider}); a text that does not parse is logged and treated as no roster, so the server sends it all.
 */
final class VersionedRosterStore implements RosterStore {
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

    @Override
    public synchronized List<RosterPacket.Item> getEntries() {
        readOnce();
        return new ArrayList<>(items.values());
    }

    @Override
    public synchronized RosterPacket.@Nullable Item getEntry(Jid bareJid) {
        readOnce();
        return items.get(bareJid.asBareJid());
    }

    @Override
    public synchronized String getRosterVersion() {
        readOnce();
        return version;
    }

    @Override
    public synchronized boolean addEntry(RosterPacket.Item item, String newVersion) {
        readOnce();
        items.put(item.getJid(), item);
        return written(newVersion);
    }

    @Override
    public synchronized boolean resetEntries(Collection<RosterPacket.Item> newItems, String newVersion) {
        items.clear();
        newItems.forEach(item -> items.put(item.getJid(), item));
        read = true;
        return written(newVersion);
    }

    @Override
    public synchronized boolean removeEntry(Jid bareJid, String newVersion) {
        readOnce();
        items.remove(bareJid.asBareJid());
        return written(newVersion);
    }

    @Override
    public synchronized void resetStore() {
        items.clear();
        read = true;
        written("");
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

    private boolean written(@Nullable String newVersion) {
        version = newVersion == null ? "" : newVersion;
        XmlStringBuilder xml = new XmlStringBuilder();
        xml.halfOpenElement(RosterPacket.ELEMENT).xmlnsAttribute(RosterPacket.NAMESPACE).optAttribute("ver", version)
                .rightAngleBracket();
        items.values().forEach(xml::append);
        xml.closeElement(RosterPacket.ELEMENT);
        try {
            cache.write(xml.toString());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Cannot keep the roster of {}; the next login fetches it whole: {}", account, e.getMessage());
            return false;
        }
    }
}
