package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.EndpointKind;

/** The server goes away and comes back: the hub retries with growing, jittered delays and reconnects. */
class HubReconnectTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice"), RosterSeeder.Seeding.nothing());

    @TempDir
    Path tmp;

    @Test
    void reconnectsWithBackOffAfterTheServerRestarts() throws Exception {
        try (HubFixture fixture = new HubFixture(SERVER, tmp)) {
            var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
            SupervisedChannelHub hub = fixture.start();
            fixture.awaitState(alice.key(), ChannelState.Connected.class);

            SERVER.stop();
            var first = (ChannelState.Retrying) fixture.awaitState(alice.key(), ChannelState.Retrying.class).state();
            assertThat(first.attempt()).isEqualTo(1);
            assertThat(first.nextAttempt()).isEqualTo(HubFixture.NOW.plusMillis(500));
            assertThat(hub.reachContext().usableKinds()).containsExactly(EndpointKind.EMAIL);

            fixture.scheduler.runNext();
            fixture.awaitState(alice.key(), ChannelState.Connecting.class);
            var second = (ChannelState.Retrying) fixture.awaitStateAfter(alice.key(), first).state();
            assertThat(second.attempt()).isEqualTo(2);
            assertThat(second.nextAttempt()).isEqualTo(HubFixture.NOW.plusMillis(1000));

            SERVER.start();
            fixture.scheduler.runNext();
            fixture.awaitStateAfter(alice.key(), second);
            fixture.awaitState(alice.key(), ChannelState.Connected.class);
            assertThat(fixture.scheduler.delays()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
            assertThat(fixture.states(alice.key())).containsSubsequence(new ChannelState.Connected(), first,
                    new ChannelState.Connecting(2), second, new ChannelState.Connecting(3), new ChannelState.Connected());
        }
    }
}
