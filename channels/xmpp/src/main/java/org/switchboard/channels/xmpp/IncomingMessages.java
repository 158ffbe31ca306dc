package org.switchboard.channels.xmpp;

import java.time.Instant;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.delay.packet.DelayInformation;
import org.jivesoftware.smackx.sid.element.OriginIdElement;
import org.jivesoftware.smackx.sid.element.StanzaIdElement;
import org.jxmpp.jid.EntityBareJid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.contacts.Endpoint;

/** Reads an incoming chat message into a {@link MessageEvent.Received}: ids (XEP-0359), delay (XEP-0203), size limit. */
final class IncomingMessages {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingMessages.class);

    private IncomingMessages() {}

    static MessageEvent.Received received(Endpoint peer, Message message, EntityBareJid self) {
        String body = message.getBody();
        boolean truncated = body.length() > XmppMessaging.MAX_BODY_CHARS;
        if (truncated) {
            LOG.warn("Message from {} has a body of {} characters; delivering the first {}", peer.address(), body.length(),
                    XmppMessaging.MAX_BODY_CHARS);
            body = body.substring(0, XmppMessaging.MAX_BODY_CHARS);
        }
        OriginIdElement origin = OriginIdElement.getOriginId(message);
        String originId = origin != null ? origin.getId() : message.getStanzaId() == null ? "" : message.getStanzaId();
        LOG.debug("Message {} from {}: {}", originId, peer.address(), body);
        return new MessageEvent.Received(peer, serverId(message, self), originId, body, timestamp(message), truncated);
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

    private static Instant timestamp(Message message) {
        DelayInformation delay = DelayInformation.from(message);
        return delay != null && delay.getStamp() != null ? delay.getStamp().toInstant() : Instant.now();
    }
}
