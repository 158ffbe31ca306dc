package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.MutableClock;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ReachabilityProbe;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;

/** The hub's on-demand probes: one question per address while the answer is fresh, none without an account. */
class ReachProbesTest {
    private static final Endpoint BOB = Addresses.parse(EndpointKind.SIP, "sip:bob@example.test");
    private final List<Endpoint> asked = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final ReachProbes probes = new ReachProbes(clock);
    private final ReachabilityProbe network = who -> {
        asked.add(who);
        return CompletableFuture.completedFuture(EndpointStatus.unknown(who));
    };

    @Test
    void anAddressIsAskedOnceWhileTheAnswerIsFreshAndAgainAfter() {
        assertThat(probes.probe(BOB, e -> Optional.of(network))).isTrue();
        assertThat(probes.probe(Addresses.parse(EndpointKind.SIP, "SIP:Bob@example.test"), e -> Optional.of(network))).isTrue();
        clock.advance(ReachProbes.FRESH.minusSeconds(1));
        probes.probe(BOB, e -> Optional.of(network));

        assertThat(asked).containsExactly(BOB);

        clock.advance(Duration.ofSeconds(1));
        probes.probe(BOB, e -> Optional.of(network));

        assertThat(asked).hasSize(2);
    }

    @Test
    void forgettingAsksAgainAtOnce() {
        probes.probe(BOB, e -> Optional.of(network));
        probes.forget();
        probes.probe(BOB, e -> Optional.of(network));

        assertThat(asked).hasSize(2);
    }

    @Test
    void withoutAnAccountThatCanAskNothingIsAskedAndAFailedProbeIsSwallowed() {
        assertThat(probes.probe(BOB, e -> Optional.empty())).isFalse();

        ReachabilityProbe closed = who -> CompletableFuture.failedFuture(new ChannelException.NotConnected("closed", null));
        assertThat(probes.probe(BOB, e -> Optional.of(closed))).isTrue();
        assertThat(asked).isEmpty();
    }
}
