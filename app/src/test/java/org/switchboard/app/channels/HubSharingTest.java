package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.person.EndpointRow;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;

/** The card can say why a contact's presence is unknown: the roster's subscription state, from a real Prosody. */
class HubSharingTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice"), seeder -> seeder.write("alice", List.of(
            new RosterSeeder.Item("friend@example.test", "Friend", "", "both"),
            new RosterSeeder.Item("stranger@example.test", "Stranger", "", "none"),
            new RosterSeeder.Item("fan@example.test", "Fan", "", "from"))));

    @TempDir
    Path tmp;

    @Test
    void contactsWhoDoNotSharePresenceAreExplained() throws Exception {
        try (HubFixture fixture = new HubFixture(SERVER, tmp)) {
            var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
            SupervisedChannelHub hub = fixture.start();
            fixture.awaitState(alice.key(), ChannelState.Connected.class);
            hub.firstSettled().get(10, java.util.concurrent.TimeUnit.SECONDS);

            var context = hub.reachContext();
            var stranger = Addresses.parse(EndpointKind.XMPP, "stranger@example.test");
            assertThat(context.sharingNote(Addresses.parse(EndpointKind.XMPP, "friend@example.test"))).isEmpty();
            assertThat(context.sharingNote(stranger)).contains("they do not share their presence with you");
            assertThat(context.sharingNote(Addresses.parse(EndpointKind.XMPP, "fan@example.test")))
                    .contains("they do not share their presence with you");
            assertThat(EndpointRow.of(context.statusOf(stranger), context.sharingNote(stranger)).presenceText())
                    .isEqualTo("unknown — they do not share their presence with you");
        }
    }
}
