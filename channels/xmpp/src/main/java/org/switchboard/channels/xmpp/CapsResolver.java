package org.switchboard.channels.xmpp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.caps.packet.CapsExtension;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entity capabilities (XEP-0115) by the presence's own caps element, looked up in memory and then
 * in the channel's {@link CapsCache}; only an unknown verification string costs a disco#info query,
 * and only an answer that hashes to it is kept.
 */
final class CapsResolver {
    private static final Logger LOG = LoggerFactory.getLogger(CapsResolver.class);
    private final CapsCache cache;
    private final Map<String, DiscoverInfo> memory = new ConcurrentHashMap<>();
    private final Map<String, Object> asking = new ConcurrentHashMap<>();

    CapsResolver(CapsCache cache) {
        this.cache = cache;
    }

    /** What the client behind {@code presence} can do, if its caps are known; null otherwise. */
    @Nullable DiscoverInfo known(Presence presence) {
        CapsExtension caps = CapsExtension.from(presence);
        return caps == null ? null : lookup(caps.getVer());
    }

    /** Whether {@code presence} advertises caps that are not known yet. */
    boolean unknown(Presence presence) {
        return CapsExtension.from(presence) != null && known(presence) == null;
    }

    /**
     * Asks {@code fullJid}'s client (one disco#info query) and keeps the answer if it matches its
     * caps; presences that arrive meanwhile with the same caps wait for that one answer.
     */
    void discover(XMPPTCPConnection connection, Jid fullJid, Presence presence) throws Exception {
        CapsExtension caps = CapsExtension.from(presence);
        if (caps == null) {
            return;
        }
        synchronized (asking.computeIfAbsent(caps.getVer(), ver -> new Object())) {
            if (lookup(caps.getVer()) == null) {
                ask(connection, fullJid, caps);
            }
        }
    }

    private void ask(XMPPTCPConnection connection, Jid fullJid, CapsExtension caps) throws Exception {
        DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(connection).discoverInfo(fullJid, null);
        if (EntityCapsManager.verifyDiscoverInfoVersion(caps.getVer(), caps.getHash(), info)) {
            memory.put(caps.getVer(), info);
            cache.put(caps.getVer(), info.toXML().toString());
        } else {
            LOG.warn("The capabilities of {} do not match their verification string; not cached", fullJid.asBareJid());
        }
    }

    private @Nullable DiscoverInfo lookup(String ver) {
        DiscoverInfo info = memory.get(ver);
        if (info != null) {
            return info;
        }
        String xml = cache.get(ver).orElse(null);
        if (xml == null) {
            return null;
        }
        try {
            info = PacketParserUtils.parseStanza(xml);
            memory.put(ver, info);
            return info;
        } catch (Exception e) {
            LOG.warn("Ignored an unreadable capabilities cache entry: {}", e.toString());
            return null;
        }
    }
}
