package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.xmpp.PeerClient;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.MessageRecord;

/** Messages written while the account is offline wait in the history and go out, once each, when it connects again. */
class HubOfflineQueueTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "peer"), RosterSeeder.Seeding.nothing());
    private static final Endpoint PEER = Addresses.parse(EndpointKind.XMPP, "peer@" + ProsodyServer.DOMAIN);

    @TempDir
    Path tmp;

    @Test
    void queuedWhileOfflineAndInAnEarlierRunThenSentOnceOnReconnect() throws Exception {
        try (HubFixture fixture = new HubFixture(SERVER, tmp)) {
            var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
            SupervisedChannelHub hub = fixture.start();
            fixture.awaitState(alice.key(), ChannelState.Connected.class);
            SERVER.stop();
            fixture.awaitState(alice.key(), ChannelState.Retrying.class);

            MessageRecord first = hub.send(PEER, "written while offline").get(10, TimeUnit.SECONDS);
            assertThat(first.delivery()).isEqualTo(DeliveryState.QUEUED);
            fixture.stopHub();
            hub = fixture.start();
            fixture.awaitState(alice.key(), ChannelState.Retrying.class);
            MessageRecord second = hub.send(PEER, "written in the next run").get(10, TimeUnit.SECONDS);
            assertThat(second.delivery()).isEqualTo(DeliveryState.QUEUED);
            assertThat(fixture.repository.messageHistory().queued(alice.address())).hasSize(2);

            SERVER.start();
            try (PeerClient peer = PeerClient.start(SERVER, "peer", false)) {
                fixture.scheduler.runNext();
                fixture.awaitState(alice.key(), ChannelState.Connected.class);
                peer.await("the first queued message", e -> "written while offline".equals(e.get("body")));
                peer.await("the second queued message", e -> "written in the next run".equals(e.get("body")));
                hub.send(PEER, "marker after the queue").get(10, TimeUnit.SECONDS);
                peer.await("the marker", e -> "marker after the queue".equals(e.get("body")));

                assertThat(peer.events().stream().filter(e -> "written while offline".equals(e.get("body")))).hasSize(1);
                assertThat(peer.events().stream().filter(e -> "written in the next run".equals(e.get("body")))).hasSize(1);
                Await.until("both queued messages acknowledged", () -> java.util.Optional.of(true)
                        .filter(x -> fixture.repository.messageHistory().queued(alice.address()).isEmpty()));
                assertThat(fixture.announced).anySatisfy(m -> {
                    assertThat(m.body()).isEqualTo("written while offline");
                    assertThat(m.delivery()).isIn(DeliveryState.ACKED, DeliveryState.DELIVERED);
                });
            }
        }
    }
}
