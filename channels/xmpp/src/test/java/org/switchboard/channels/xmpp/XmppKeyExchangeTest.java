package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelState;

/**
 * A server whose TLS lacks x25519 (only the NIST curves, as a FIPS-only server): the first handshake, offering
 * x25519 alone, fails, and the channel connects again at once offering every group.
 */
class XmppKeyExchangeTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice"), RosterSeeder.Seeding.nothing())
            .withKeyExchangeGroups("prime256v1", "secp384r1");

    private final XmppChannelFactory factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system());

    @Test
    void connectsOfferingEveryGroupWhenTheServerLacksX25519() throws Exception {
        try (XmppChannel channel = factory.create(SERVER.pinnedAccount("alice"))) {
            channel.connect().get(20, TimeUnit.SECONDS);

            assertThat(channel.state()).isEqualTo(new ChannelState.Connected());
            assertThat(channel.offeredGroups()).isEqualTo(KeyExchangeGroups.ALL);
        }
    }

    @Test
    void keepsOfferingEveryGroupWhenItConnectsAgain() throws Exception {
        try (XmppChannel channel = factory.create(SERVER.pinnedAccount("alice"))) {
            channel.connect().get(20, TimeUnit.SECONDS);
            channel.disconnect().get(10, TimeUnit.SECONDS);

            channel.connect().get(20, TimeUnit.SECONDS);

            assertThat(channel.state()).isEqualTo(new ChannelState.Connected());
            assertThat(channel.offeredGroups()).isEqualTo(KeyExchangeGroups.ALL);
        }
    }
}
