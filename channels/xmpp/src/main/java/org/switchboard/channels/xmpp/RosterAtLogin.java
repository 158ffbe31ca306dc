package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roster asked for after each login that does not resume the stream (RFC 6121 §2.1.3), with the kept
 * version when the server supports roster versioning (XEP-0237): an unchanged roster comes back as an empty
 * answer and the entries stay those kept. The request goes out before carbons and the initial presence; a
 * reader waits for its answer instead of asking a second time while it is on its way (the server takes about
 * 0.15 s to write 2,000 contacts, and a second request would be answered only after the contacts' presences).
 */
final class RosterAtLogin {
    private static final Logger LOG = LoggerFactory.getLogger(RosterAtLogin.class);
    private static final QName VERSIONING = new QName("urn:xmpp:features:rosterver", "ver");
    private final VersionedRosterStore store;
    private volatile CompletableFuture<Boolean> load = CompletableFuture.completedFuture(false);

    RosterAtLogin(VersionedRosterStore store) {
        this.store = store;
    }

    /** Asks {@code connection} for the roster without waiting for the answer, which {@link #await} reads. */
    void request(XMPPTCPConnection connection) throws Exception {
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        load = answered;
        RosterPacket get = new RosterPacket();
        if (connection.hasFeature(VERSIONING)) {
            get.setVersion(store.version());
        }
        connection.sendIqRequestAsync(get).onSuccess(answer -> {
            apply(answer);
            answered.complete(true);
        }).onError(failure -> {
            LOG.warn("The server of {} did not send the roster: {}", connection.getUser(), failure.toString());
            answered.complete(false);
        });
    }

    /** The full roster replaces what is kept; an empty answer means the kept version is current. */
    private void apply(IQ answer) {
        if (answer instanceof RosterPacket roster) {
            List<RosterPacket.Item> items = roster.getRosterItems().stream()
                    .filter(item -> item.getItemType() != RosterPacket.ItemType.remove).toList();
            store.replaceAll(items, roster.getVersion());
        }
    }

    /** Whether the last login's roster arrived, waiting for it up to {@code timeout}; false when it failed or none was asked for. */
    boolean await(Duration timeout) throws InterruptedException {
        try {
            return load.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
