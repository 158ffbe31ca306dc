package org.switchboard.channels.xmpp;

import java.util.function.Predicate;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.NotFilter;
import org.jivesoftware.smack.filter.StanzaExtensionFilter;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.receipts.DeliveryReceipt;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers delivery receipt requests (XEP-0184) from contacts who may see the user's presence (XEP-0184 §8: a
 * receipt to anyone else would tell a stranger the user is online). Smack's own mode for this asks its
 * {@code Roster}, which the channel leaves empty, so its receipts manager answers nobody and this does.
 */
final class ReceiptReplies {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptReplies.class);
    private static final StanzaFilter REQUESTS = new AndFilter(StanzaTypeFilter.MESSAGE,
            new StanzaExtensionFilter(DeliveryReceiptRequest.ELEMENT, DeliveryReceipt.NAMESPACE), new NotFilter(MessageTypeFilter.ERROR));

    private ReceiptReplies() {}

    /** Answers {@code connection}'s receipt requests from senders {@code subscribedToMe} accepts. */
    static void attach(XMPPTCPConnection connection, Predicate<Jid> subscribedToMe) {
        connection.addSyncStanzaListener(stanza -> {
            Jid from = stanza.getFrom();
            Message receipt = DeliveryReceiptManager.receiptMessageFor((Message) stanza);
            if (from != null && receipt != null && subscribedToMe.test(from)) {
                connection.sendStanza(receipt);
            } else {
                LOG.debug("No receipt for a message from {}: not subscribed to the user's presence", from);
            }
        }, REQUESTS);
    }
}
