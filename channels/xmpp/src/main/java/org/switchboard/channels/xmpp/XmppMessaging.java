package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.MessageWithBodiesFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.carbons.CarbonManager;
import org.jivesoftware.smackx.carbons.packet.Carbon;
import org.jivesoftware.smackx.carbons.packet.CarbonExtension;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.receipts.DeliveryReceiptManager;
import org.jivesoftware.smackx.receipts.DeliveryReceiptRequest;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.Corrections;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Direction;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Endpoint;
import org.switchboard.channels.api.support.EventHub;

/**
 * One-to-one chat: sending with an origin-id (XEP-0359) and a receipt request (XEP-0184), confirmed
 * by the server's stream-management acknowledgement (XEP-0198, or a ping round trip where the
 * server has none) and queued in the {@link Outbox} while the connection is down; incoming
 * messages, carbon copies (XEP-0280) and receipts as {@link MessageEvents.MessageEvent}s; last-message
 * correction (XEP-0308) is a send that names the message it replaces.
 */
final class XmppMessaging implements Messaging, MessageEvents, Corrections {
    /** Longest body sent or delivered, in characters; longer incoming bodies are cut. */
    static final int MAX_BODY_CHARS = 256 * 1024;
    /**
     * Unconfirmed messages beyond which a send is no longer handed to Smack on the calling thread: a
     * server that stopped confirming may have stopped reading, and Smack's writer queue, once full,
     * blocks whoever adds to it.
     */
    static final int HAND_OVER_HERE_LIMIT = 32;
    private static final Logger LOG = LoggerFactory.getLogger(XmppMessaging.class);
    private final Sessions sessions;
    private final Calls calls;
    private final Calls here;
    private final EventHub<MessageEvent> hub;
    private final Outbox outbox;
    private final Duration deadline;
    private volatile boolean online;

    /**
     * @param calls sends in order on the channel's own threads
     * @param here the same order, but a send with nothing before it runs on the caller's thread
     */
    XmppMessaging(Sessions sessions, Calls calls, Calls here, EventHub<MessageEvent> hub, Outbox outbox, Duration deadline) {
        this.sessions = sessions;
        this.calls = calls;
        this.here = here;
        this.hub = hub;
        this.outbox = outbox;
        this.deadline = deadline;
    }

    @Override
    public AutoCloseable onMessageEvent(Consumer<MessageEvent> listener) {
        return hub.subscribe(listener);
    }

    /** Whether messages sent while the connection is down wait for it (between a connect and a disconnect). */
    void queueWhileDown(boolean queue) {
        online = queue;
    }

    @Override
    public CompletableFuture<SendReceipt> send(Endpoint to, String text, String messageId) {
        return submit(to, text, messageId, null);
    }

    @Override
    public CompletableFuture<SendReceipt> correct(Endpoint to, String messageId, String text) {
        if (messageId.isBlank()) {
            return calls.failed(new ChannelException.Unsupported("A correction needs the id of the message it corrects.", null));
        }
        return submit(to, text, UUID.randomUUID().toString(), messageId);
    }

    /** Sends {@code text} with {@code id} as stanza id and origin-id; {@code replaces} names a corrected message. */
    private CompletableFuture<SendReceipt> submit(Endpoint to, String text, String id, @Nullable String replaces) {
        if (text.length() > MAX_BODY_CHARS) {
            return calls.failed(new ChannelException.Unsupported(
                    "The message is too long (" + text.length() + " characters; at most " + MAX_BODY_CHARS + ").", null));
        }
        return (canHandOverHere() ? here : calls).later(() -> {
            XMPPTCPConnection connection = online ? sessions.peek() : sessions.connection();
            MessageBuilder builder = StanzaBuilder.buildMessage(id).to(Jids.jid(to)).ofType(Message.Type.chat)
                    .setBody(text).addExtension(new OriginIdElement(id));
            DeliveryReceiptRequest.addTo(builder);
            if (replaces != null) {
                builder.addExtension(new MessageCorrectExtension(replaces));
            }
            LOG.debug("Sending message {} to {}", id, to.address());
            return outbox.submit(builder.build(), connection);
        }, deadline);
    }

    /**
     * Whether a send may run on the caller's thread (the hub's, or Smack's listener thread): it then
     * only adds the stanza and an ack request to Smack's writer queue. Not without stream management
     * (the confirmation is then a ping, which waits), nor while many messages wait for the server.
     */
    private boolean canHandOverHere() {
        XMPPTCPConnection connection = sessions.peek();
        return online && connection != null && connection.isAuthenticated() && connection.isSmEnabled()
                && outbox.size() < HAND_OVER_HERE_LIMIT;
    }

    /** Wires this connection's incoming messages, carbon copies, receipts and acks; called before the first login. */
    void attach(XMPPTCPConnection connection) {
        connection.addSyncStanzaListener(stanza -> onMessage((Message) stanza, connection),
                new AndFilter(MessageTypeFilter.NORMAL_OR_CHAT, MessageWithBodiesFilter.INSTANCE));
        connection.addStanzaAcknowledgedListener(stanza -> outbox.acknowledged(stanza.getStanzaId()));
        CarbonManager.getInstanceFor(connection).addCarbonCopyReceivedListener(
                (direction, copy, wrapper) -> onCarbon(direction, copy, wrapper, connection));
        DeliveryReceiptManager receipts = DeliveryReceiptManager.getInstanceFor(connection);
        receipts.setAutoReceiptMode(DeliveryReceiptManager.AutoReceiptMode.disabled); // ReceiptReplies answers
        receipts.addReceiptReceivedListener((from, to, receiptId, stanza) -> onReceipt(from, receiptId));
    }

    /**
     * Asks for carbons (XEP-0280) without waiting for the answer; called after a login that did not
     * resume the stream, before the initial presence. The server then turns them on before it
     * broadcasts the presence, and answers before it sends the contacts' presences (2,000 of them for
     * a large roster) instead of after them. {@link #afterLogin} reads the answer.
     */
    StanzaCollector requestCarbons(XMPPTCPConnection connection) throws Exception {
        return connection.createStanzaCollectorAndSend(new Carbon.Enable());
    }

    /**
     * After each login: what waited for the connection goes out, then the answer to
     * {@link #requestCarbons} (null when the stream was resumed) is read; a server without carbons
     * answers with an error, which is logged (no disco#info round trip is spent to find that out first).
     */
    void afterLogin(XMPPTCPConnection connection, @Nullable StanzaCollector carbons) throws Exception {
        outbox.flush(connection);
        if (carbons == null) {
            return;
        }
        try {
            carbons.nextResultOrThrow();
        } catch (XMPPException.XMPPErrorException e) {
            LOG.info("The server of {} has no message carbons (XEP-0280): {}", connection.getUser().asBareJid(),
                    e.getStanzaError().getCondition());
        }
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

    private void onCarbon(CarbonExtension.Direction direction, Message copy, Message wrapper, XMPPTCPConnection connection) {
        if (copy.getBody() == null || !(copy.getType() == Message.Type.chat || copy.getType() == Message.Type.normal)) {
            return;
        }
        boolean sent = direction == CarbonExtension.Direction.sent;
        Optional<Endpoint> peer = Jids.endpoint(sent ? copy.getTo() : copy.getFrom());
        if (peer.isEmpty()) {
            LOG.warn("Dropped a carbon copy with an invalid address");
            return;
        }
        try {
            @Nullable DelayInformation delay = DelayInformation.from(wrapper);
            hub.publish(IncomingMessages.copied(peer.get(), copy, connection.getUser().asEntityBareJid(),
                    sent ? Direction.OUT : Direction.IN, delay));
        } catch (RuntimeException e) {
            LOG.warn("Dropped an unreadable carbon copy with {}: {}", peer.get().address(), e.toString());
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
