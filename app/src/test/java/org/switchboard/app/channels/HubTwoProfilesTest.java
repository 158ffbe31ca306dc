package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;

/** Two Switchboard profiles (two hubs, two databases) chat both ways; each side stores both messages, receipts included. */
class HubTwoProfilesTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "bob"), seeder -> {
        seeder.write("alice", List.of(new RosterSeeder.Item("bob@example.test", "Bob", "", "both")));
        seeder.write("bob", List.of(new RosterSeeder.Item("alice@example.test", "Alice", "", "both")));
    });

    @TempDir
    Path tmp;

    @Test
    void twoProfilesChatBothWaysWithReceipts() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("alice-profile"));
        java.nio.file.Files.createDirectories(tmp.resolve("bob-profile"));
        try (HubFixture aliceSide = new HubFixture(SERVER, tmp.resolve("alice-profile"));
             HubFixture bobSide = new HubFixture(SERVER, tmp.resolve("bob-profile"))) {
            var alice = aliceSide.account("alice", true, ProsodyServer.PASSWORD);
            var bob = bobSide.account("bob", true, ProsodyServer.PASSWORD);
            SupervisedChannelHub aliceHub = aliceSide.start();
            SupervisedChannelHub bobHub = bobSide.start();
            aliceSide.awaitState(alice.key(), ChannelState.Connected.class);
            bobSide.awaitState(bob.key(), ChannelState.Connected.class);

            aliceHub.send(Addresses.parse(EndpointKind.XMPP, bob.address()), "hello Bob, from Alice's Switchboard").get(10, TimeUnit.SECONDS);
            MessageRecord atBob = awaitStored(bobSide, "hello Bob, from Alice's Switchboard", Direction.IN);
            bobHub.send(Addresses.parse(EndpointKind.XMPP, alice.address()), "hello Alice, from Bob's").get(10, TimeUnit.SECONDS);
            MessageRecord atAlice = awaitStored(aliceSide, "hello Alice, from Bob's", Direction.IN);

            assertThat(atBob.peer().address()).isEqualTo(alice.address());
            assertThat(atAlice.peer().address()).isEqualTo(bob.address());
            Await.until("Bob's receipt for Alice's message", () -> aliceSide.announced.stream()
                    .filter(m -> m.body().startsWith("hello Bob") && m.delivery() == DeliveryState.DELIVERED).findFirst());
            Await.until("Alice's receipt for Bob's message", () -> bobSide.announced.stream()
                    .filter(m -> m.body().startsWith("hello Alice") && m.delivery() == DeliveryState.DELIVERED).findFirst());
            assertThat(aliceSide.repository.messageHistory().count()).isEqualTo(2);
            assertThat(bobSide.repository.messageHistory().count()).isEqualTo(2);
        }
    }

    private static MessageRecord awaitStored(HubFixture side, String body, Direction direction) {
        return Await.until(body + " stored", () -> side.repository.messageHistory().search(body, 5).stream()
                .map(hit -> hit.message()).filter(m -> m.direction() == direction).findFirst()
                .or(Optional::empty));
    }
}
