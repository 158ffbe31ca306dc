package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import org.switchboard.channels.api.Messaging.SendReceipt;
import org.switchboard.contacts.Endpoint;

/**
 * A channel that can correct the last message sent in a conversation (XMPP XEP-0308). The peer
 * receives a {@link MessageEvents.MessageEvent.Received} whose {@code replacesId} names the original.
 */
public interface Corrections extends ChannelCapability {
    /** Replaces the body of the message sent to {@code to} with {@code messageId}; acknowledged like a send. */
    CompletableFuture<SendReceipt> correct(Endpoint to, String messageId, String text);
}
