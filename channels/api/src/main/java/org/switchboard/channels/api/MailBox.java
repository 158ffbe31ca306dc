package org.switchboard.channels.api;

import java.util.concurrent.CompletableFuture;
import org.switchboard.contacts.Endpoint;

/** A channel that sends email. */
public interface MailBox extends ChannelCapability {
    CompletableFuture<Void> send(Endpoint to, String subject, String body);
}
