package org.switchboard.channels.api;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.Endpoint;

/** A channel that sends text messages. */
public interface Messaging extends ChannelCapability {
    /** Completes when the server acknowledged the message, or exceptionally with a {@link ChannelException}. */
    default CompletableFuture<SendReceipt> send(Endpoint to, String text) {
        return send(to, text, UUID.randomUUID().toString());
    }

    /**
     * Sends with the caller's id for the message (XMPP origin-id and stanza id), so that the caller
     * can store it before it leaves and match the receipts that refer to it.
     */
    CompletableFuture<SendReceipt> send(Endpoint to, String text, String messageId);

    /** What the server said about a sent message. */
    record SendReceipt(String messageId, boolean queuedWhileOffline) {}
}
