package org.switchboard.channels.xmpp;

import java.time.Instant;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.message_correct.element.MessageCorrectExtension;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Direction;
import org.switchboard.contacts.Endpoint;

/**
 * Reads a chat message (live, carbon copy or archived) into a {@link MessageEvent.Received}: ids
 * (XEP-0359), delay (XEP-0203), direction, correction (XEP-0308), size limit.
 */
final class IncomingMessages {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingMessages.class);

    private IncomingMessages() {}

    /** A message that reached this connection directly. */
    static MessageEvent.Received received(Endpoint peer, Message message, EntityBareJid self) {
        return read(peer, message, serverId(message, self), timestamp(message, null), Direction.IN);
    }

    /** A carbon copy (XEP-0280): {@code OUT} when another device of the account sent it. */
    static MessageEvent.Received copied(Endpoint peer, Message message, EntityBareJid self, Direction direction,
            @Nullable DelayInformation delay) {
        return read(peer, message, serverId(message, self), timestamp(message, delay), direction);
    }

    /** A message from the archive (XEP-0313), with the archive's id and time. */
    static MessageEvent.Received archived(Endpoint peer, Message message, String archiveId, @Nullable DelayInformation delay,
            Direction direction) {
        return read(peer, message, archiveId, timestamp(message, delay), direction);
    }

    private static MessageEvent.Received read(Endpoint peer, Message message, String serverId, Instant timestamp,
            Direction direction) {
        String body = message.getBody();
        boolean truncated = body.length() > XmppMessaging.MAX_BODY_CHARS;
        if (truncated) {
            LOG.warn("Message with {} has a body of {} characters; delivering the first {}", peer.address(), body.length(),
                    XmppMessaging.MAX_BODY_CHARS);
            body = body.substring(0, XmppMessaging.MAX_BODY_CHARS);
        }
        OriginIdElement origin = OriginIdElement.getOriginId(message);
        String originId = origin != null ? origin.getId() : message.getStanzaId() == null ? "" : message.getStanzaId();
        MessageCorrectExtension correction = MessageCorrectExtension.from(message);
        String replaces = correction == null || correction.getIdInitialMessage() == null ? "" : correction.getIdInitialMessage();
        LOG.debug("Message {} ({}) with {}{}: {}", originId, direction, peer.address(),
                replaces.isEmpty() ? "" : " correcting " + replaces, body);
        return new MessageEvent.Received(peer, serverId, originId, body, timestamp, truncated, direction, replaces);
    }

    /** The stanza-id our own account's archive gave the message; ids claimed by others are not trusted. */
    private static String serverId(Message message, EntityBareJid self) {
        for (ExtensionElement element : message.getExtensions(StanzaIdElement.ELEMENT, StanzaIdElement.NAMESPACE)) {
            if (element instanceof StanzaIdElement id && self.toString().equals(id.getBy())) {
                return id.getId();
            }
        }
        return "";
    }

    private static Instant timestamp(Message message, @Nullable DelayInformation outer) {
        DelayInformation delay = DelayInformation.from(message);
        if (delay == null) {
            delay = outer;
        }
        return delay != null && delay.getStamp() != null ? delay.getStamp().toInstant() : Instant.now();
    }
}
