package org.switchboard.channels.xmpp;

import java.util.concurrent.atomic.AtomicInteger;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.switchboard.channels.api.Channel;

/** Counts the disco#info queries an XMPP channel sends to one contact, for other modules' tests. */
public final class DiscoQueries {
    private DiscoQueries() {}

    /** A counter of the disco#info queries {@code channel} (an XMPP channel, not connected yet) sends to {@code bareJid}. */
    public static AtomicInteger countTo(Channel channel, String bareJid) {
        AtomicInteger queries = new AtomicInteger();
        ((XmppChannel) channel).onNewConnection(connection -> connection.addStanzaSendingListener(
                stanza -> queries.incrementAndGet(),
                stanza -> stanza instanceof DiscoverInfo query && query.getType() == IQ.Type.get && stanza.getTo() != null
                        && stanza.getTo().asBareJid().toString().equals(bareJid)));
        return queries;
    }
}
