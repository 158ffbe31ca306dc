package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.MessageWithBodiesFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.PingManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Endpoint;

/**
 * One-to-one chat: sending with an origin-id (XEP-0359) and a receipt request (XEP-0184), confirmed
 * by the server's stream-management acknowledgement (XEP-0198, or a ping round trip where the
 * server has none); incoming messages and receipts as {@link MessageEvents.MessageEvent}s.
 */
final class XmppMessaging implements Messaging, MessageEvents {
    /** Longest body sent or delivered, in characters; longer incoming bodies are cut. */
    static final int MAX_BODY_CHARS = 256 * 1024;
    private static final Duration ACK_DEADLINE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(XmppMessaging.class);
    private final Sessions sessions;
    private final Calls calls;
    private final EventHub<MessageEvent> hub;

    XmppMessaging(Sessions sessions, Calls calls, EventHub<MessageEvent> hub) {
        this.sessions = sessions;
        this.calls = calls;
        this.hub = hub;
    }

    @Override
    public AutoCloseable onMessageEvent(Consumer<MessageEvent> listener) {
        return hub.subscribe(listener);
    }

    @Override
    public CompletableFuture<SendReceipt> send(Endpoint to, String text, String messageId) {
        if (text.length() > MAX_BODY_CHARS) {
            return calls.failed(new ChannelException.Unsupported(
                    "The message is too long (" + text.length() + " characters; at most " + MAX_BODY_CHARS + ").", null));
        }
        return calls.later(() -> {
            XMPPTCPConnection connection = sessions.connection();
            String id = messageId;
            MessageBuilder builder = StanzaBuilder.buildMessage(id).to(Jids.jid(to)).ofType(Message.Type.chat)
                    .setBody(text).addExtension(new OriginIdElement(id));
            DeliveryReceiptRequest.addTo(builder);
            return sendAcknowledged(connection, builder.build(), id);
        }, ACK_DEADLINE);
    }

    private static CompletableFuture<SendReceipt> sendAcknowledged(XMPPTCPConnection connection, Message message, String id)
            throws Exception {
        CompletableFuture<SendReceipt> acked = new CompletableFuture<>();
        if (connection.isSmEnabled()) {
            connection.addStanzaIdAcknowledgedListener(id, stanza -> acked.complete(new SendReceipt(id, false)));
            connection.sendStanza(message);
            LOG.debug("Sent message {} to {}, waiting for the server's acknowledgement", id, message.getTo());
        } else {
            connection.sendStanza(message);
            // The server handles stanzas in order: its answer to a later ping means it has the message.
            PingManager.getInstanceFor(connection).pingMyServer(true);
            acked.complete(new SendReceipt(id, false));
        }
        return acked;
    }

    /** Wires this connection's incoming messages and receipts to the hub; called before login. */
    void attach(XMPPTCPConnection connection) {
        connection.addSyncStanzaListener(stanza -> onMessage((Message) stanza, connection),
                new AndFilter(MessageTypeFilter.NORMAL_OR_CHAT, MessageWithBodiesFilter.INSTANCE));
        DeliveryReceiptManager receipts = DeliveryReceiptManager.getInstanceFor(connection);
        receipts.setAutoReceiptMode(DeliveryReceiptManager.AutoReceiptMode.ifIsSubscribed);
        receipts.addReceiptReceivedListener((from, to, receiptId, stanza) -> onReceipt(from, receiptId));
    }

    private void onMessage(Message message, XMPPTCPConnection connection) {
        Optional<Endpoint> peer = Jids.endpoint(message.getFrom());
        if (peer.isEmpty()) {
            LOG.warn("Dropped a message from an invalid address ({} characters long)", String.valueOf(message.getFrom()).length());
            return;
        }
        try {
            hub.publish(IncomingMessages.received(peer.get(), message, connection.getUser().asEntityBareJid()));
        } catch (RuntimeException e) {
            LOG.warn("Dropped an unreadable message from {}: {}", peer.get().address(), e.toString());
            LOG.debug("Unreadable message: {}", message, e);
        }
    }

    private void onReceipt(Jid from, String receiptId) {
        Optional<Endpoint> peer = Jids.endpoint(from);
        if (peer.isEmpty() || receiptId == null || receiptId.isBlank()) {
            LOG.warn("Ignored a delivery receipt without a valid sender or id");
            return;
        }
        hub.publish(new MessageEvent.Delivered(peer.get(), receiptId));
    }
}
