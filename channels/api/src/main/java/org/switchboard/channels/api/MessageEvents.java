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
         * A message of the conversation with {@code peer}: one that arrived, or one the user sent from
         * another device of the same account ({@link Direction#OUT}, XMPP carbons). The same message
         * may be reported more than once (directly, as a copy, from the archive): store it once, keyed
         * by {@code serverId} where there is one, else by {@code originId}.
         *
         * @param serverId the id the server archived it under (XMPP stanza-id), empty when none
         * @param originId the id the sender gave it (XMPP origin-id or stanza id), empty when none
         * @param truncated true when the body was cut to the channel's size limit
         * @param direction IN from the peer, OUT from the user on another device
         * @param replacesId when this is a correction (XEP-0308), the origin-id of the message whose
         *     body it replaces; empty otherwise
         */
        record Received(Endpoint peer, String serverId, String originId, String body, Instant timestamp, boolean truncated,
                Direction direction, String replacesId) implements MessageEvent {
            /** An incoming message. */
            public Received(Endpoint peer, String serverId, String originId, String body, Instant timestamp, boolean truncated) {
                this(peer, serverId, originId, body, timestamp, truncated, Direction.IN, "");
            }

            /** A message that corrects none. */
            public Received(Endpoint peer, String serverId, String originId, String body, Instant timestamp, boolean truncated,
                    Direction direction) {
                this(peer, serverId, originId, body, timestamp, truncated, direction, "");
            }

            /** True when this replaces the body of an earlier message ({@link #replacesId()}). */
            public boolean isCorrection() {
                return !replacesId.isEmpty();
            }

            /** True when the user sent it, from this or another device. */
            public boolean fromOwnDevice() {
                return direction == Direction.OUT;
            }
        }

        /** Which side of the conversation wrote a message. */
        enum Direction {
            /** The peer wrote it. */
            IN,
            /** The user wrote it (on this device or another one). */
            OUT
        }

        /** The peer's client confirmed that it received the message sent with {@code messageId}. */
        record Delivered(Endpoint peer, String messageId) implements MessageEvent {}
    }
}
