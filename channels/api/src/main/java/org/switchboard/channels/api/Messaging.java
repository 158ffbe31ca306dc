package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.Endpoint;

/** A channel that sends text messages. */
public interface Messaging extends ChannelCapability {
    /** Completes when the server acknowledged the message, or exceptionally with a {@link ChannelException}. */
    CompletableFuture<SendReceipt> send(Endpoint to, String text);

    /** What the server said about a sent message. */
    record SendReceipt(String messageId, boolean queuedWhileOffline) {}
}
