package org.switchboard.channels.xmpp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.ping.PingManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.Messaging.SendReceipt;

/**
 * Sent messages until the server confirms them (XEP-0198 ack). A message sent while the connection
 * is down waits here and goes out, in order, after the next login; one handed to Smack but not yet
 * acknowledged is resent by Smack itself when the same connection logs in again (resumed or not),
 * and by us when a new connection replaces it. Each entry leaves when acknowledged or when its
 * future ends otherwise (deadline, close); the message may then still arrive, at most once more
 * under the same origin-id.
 */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private final Map<String, Entry> pending = new LinkedHashMap<>();

    /** Tracks {@code message} and sends it now if {@code connection} is logged in. */
    CompletableFuture<SendReceipt> submit(Message message, @Nullable XMPPTCPConnection connection) throws Exception {
        String id = message.getStanzaId();
        boolean online = connection != null && connection.isAuthenticated();
        Entry entry = new Entry(message, new CompletableFuture<>(), !online);
        entry.acked.whenComplete((receipt, failure) -> forget(id));
        synchronized (pending) {
            pending.put(id, entry);
            if (online) {
                handOver(entry, connection);
            }
        }
        if (!online) {
            LOG.info("Queued message {} until the connection is back", id);
        }
        return entry.acked;
    }

    /** The server acknowledged the stanza with {@code id}. */
    void acknowledged(@Nullable String id) {
        Entry entry;
        synchronized (pending) {
            entry = id == null ? null : pending.get(id);
        }
        if (entry != null) {
            entry.acked.complete(new SendReceipt(id, entry.queued));
        }
    }

    /** Sends, in order, what has not been handed to {@code connection} yet; called after each login. */
    void flush(XMPPTCPConnection connection) throws Exception {
        List<Entry> waiting;
        synchronized (pending) {
            waiting = new ArrayList<>();
            for (Entry entry : List.copyOf(pending.values())) { // a ping-confirmed entry leaves the map at once
                if (!entry.handedOver) {
                    handOver(entry, connection);
                    waiting.add(entry);
                }
            }
        }
        if (!waiting.isEmpty()) {
            LOG.info("Sent {} queued message(s) after login", waiting.size());
        }
    }

    /** A new connection replaces the old one: whatever the old one had not had confirmed goes again. */
    void newConnection() {
        synchronized (pending) {
            pending.values().forEach(entry -> entry.handedOver = false);
        }
    }

    /** Ends every waiting future with {@code failure} (the channel is closed). */
    void failAll(ChannelException failure) {
        List<Entry> all;
        synchronized (pending) {
            all = List.copyOf(pending.values());
        }
        all.forEach(entry -> entry.acked.completeExceptionally(failure));
    }

    int size() {
        synchronized (pending) {
            return pending.size();
        }
    }

    private void forget(String id) {
        synchronized (pending) {
            pending.remove(id);
        }
    }

    /** Called holding the lock, so that messages keep their order. */
    private void handOver(Entry entry, XMPPTCPConnection connection) throws Exception {
        try {
            connection.sendStanza(entry.message);
        } catch (SmackException.NotConnectedException lost) {
            LOG.info("Connection lost while sending {}; it waits for the next login", entry.message.getStanzaId());
            return;
        }
        entry.handedOver = true;
        if (!connection.isSmEnabled()) {
            // No XEP-0198: the server handles stanzas in order, so its answer to a later ping means it has the message.
            PingManager.getInstanceFor(connection).pingMyServer(true);
            entry.acked.complete(new SendReceipt(entry.message.getStanzaId(), entry.queued));
        }
    }

    private static final class Entry {
        final Message message;
        final CompletableFuture<SendReceipt> acked;
        final boolean queued;
        boolean handedOver;

        Entry(Message message, CompletableFuture<SendReceipt> acked, boolean queued) {
            this.message = message;
            this.acked = acked;
            this.queued = queued;
        }
    }
}
