package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;

/** A server that goes away: the keep-alive notices, the channel is interrupted, and connects again once it is back. */
class SipOutageTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice");

    private final SignallingOnlyMedia media = new SignallingOnlyMedia();
    private SipChannel alice;

    @AfterEach
    void close() throws Exception {
        if (alice != null) {
            alice.close();
        }
        media.close();
        KAMAILIO.start();
    }

    @org.junit.jupiter.api.Test
    void connectingWhileTheServerIsDownFailsPlainlyAndLeavesTheChannelDisconnected() throws Exception {
        alice = new SipChannelFactory(Runnable::run, media, SipTrust.system()).create(KAMAILIO.account("alice", SipTransport.TCP));
        KAMAILIO.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alice.connect().get(15, TimeUnit.SECONDS))
                .cause().isInstanceOf(org.switchboard.channels.api.ChannelException.NotConnected.class)
                .hasMessageContaining("Cannot reach the SIP server at 127.0.0.1:" + KAMAILIO.port());
        assertThat(alice.state()).isEqualTo(new ChannelState.Disconnected());

        KAMAILIO.start();
        long before = KAMAILIO.requests("REGISTER", "alice");
        alice.connect().get(10, TimeUnit.SECONDS);
        alice.connect().get(10, TimeUnit.SECONDS);
        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
        assertThat(KAMAILIO.requests("REGISTER", "alice") - before).as("a second connect while connected registers nothing")
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = SipTransport.class, names = {"UDP", "TCP"})
    void aLostServerInterruptsTheChannelWhichReconnectsOnceItIsBack(SipTransport transport) throws Exception {
        alice = new SipChannelFactory(Runnable::run, media, SipTrust.system())
                .create(KAMAILIO.account("alice", transport).withTimers(Duration.ofMinutes(10), Duration.ofSeconds(1)));
        List<ChannelState> states = new CopyOnWriteArrayList<>();
        alice.onStateChange(states::add);
        alice.connect().get(10, TimeUnit.SECONDS);

        KAMAILIO.stop();

        Await.untilTrue("the channel to notice", Duration.ofSeconds(8), () -> alice.state() instanceof ChannelState.Interrupted);
        assertThat(((ChannelState.Interrupted) alice.state()).reason()).contains("127.0.0.1:" + KAMAILIO.port());

        KAMAILIO.start();
        alice.connect().get(10, TimeUnit.SECONDS);

        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
        assertThat(KAMAILIO.contacts("alice")).hasSize(1);
        assertThat(states.stream().map(s -> s.getClass().getSimpleName()).toList())
                .containsExactly("Connecting", "Connected", "Interrupted", "Connecting", "Connected");
    }
}
