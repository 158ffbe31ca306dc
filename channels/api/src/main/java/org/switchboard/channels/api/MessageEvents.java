package org.switchboard.channels.api;

import java.time.Instant;
import java.util.function.Consumer;
import org.switchboard.contacts.Endpoint;

/** A channel that reports incoming messages and delivery receipts of sent ones. */
public interface MessageEvents extends ChannelCapability {
    /** Called with each event, in order per conversation; returns a handle that stops the updates. */
    AutoCloseable onMessageEvent(Consumer<MessageEvent> listener);

    /** What happened to a conversation. */
    sealed interface MessageEvent {
        /** The peer of the conversation. */
        Endpoint peer();

        /**
         * A message arrived.
         *
         * @param serverId the id the server archived it under (XMPP stanza-id), empty when none
         * @param originId the id the sender gave it (XMPP origin-id or stanza id), empty when none
         * @param truncated true when the body was cut to the channel's size limit
         */
        record Received(Endpoint peer, String serverId, String originId, String body, Instant timestamp, boolean truncated)
                implements MessageEvent {}

        /** The peer's client confirmed that it received the message sent with {@code messageId}. */
        record Delivered(Endpoint peer, String messageId) implements MessageEvent {}
    }
}
