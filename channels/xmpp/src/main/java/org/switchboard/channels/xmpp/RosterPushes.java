package org.switchboard.channels.xmpp;

import java.util.function.Consumer;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roster pushes (RFC 6121 §2.1.6): the server's word that one entry was added, changed or removed. Each is
 * applied to the kept roster with its version and handed on. A push not from the account itself is refused
 * with {@code service-unavailable} and a warning, as the RFC asks: anyone could otherwise plant a contact.
 */
final class RosterPushes extends AbstractIqRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RosterPushes.class);
    private final XMPPTCPConnection connection;
    private final VersionedRosterStore store;
    private final Consumer<RosterPacket.Item> pushed;

    RosterPushes(XMPPTCPConnection connection, VersionedRosterStore store, Consumer<RosterPacket.Item> pushed) {
        super(RosterPacket.ELEMENT, RosterPacket.NAMESPACE, IQ.Type.set, Mode.sync);
        this.connection = connection;
        this.store = store;
        this.pushed = pushed;
    }

    @Override
    public IQ handleIQRequest(IQ request) {
        Jid from = request.getFrom();
        if (from != null && (connection.getUser() == null || !from.equals(connection.getUser().asBareJid()))) {
            LOG.warn("Ignored a roster push from {}: only the account's own server may change its roster", from);
            return IQ.createErrorResponse(request, StanzaError.Condition.service_unavailable);
        }
        RosterPacket push = (RosterPacket) request;
        if (push.getRosterItemCount() != 1) {
            LOG.warn("Ignored a roster push with {} items (RFC 6121 allows exactly one)", push.getRosterItemCount());
            return IQ.createErrorResponse(request, StanzaError.Condition.bad_request);
        }
        RosterPacket.Item item = push.getRosterItems().getFirst();
        if (item.getItemType() == RosterPacket.ItemType.remove) {
            store.remove(item.getJid(), push.getVersion());
        } else {
            store.put(item, push.getVersion());
        }
        pushed.accept(item);
        return IQ.createResultIQ(request);
    }
}
