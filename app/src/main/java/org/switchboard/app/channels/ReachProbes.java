package org.switchboard.app.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.channels.api.ReachabilityProbe;
import org.switchboard.contacts.Endpoint;

/**
 * On-demand reachability of addresses without pushed presence (SIP): asks through a connected account
 * of the address's kind whose channel can probe, at most once per address while the last answer is
 * fresh. The answer reaches the hub like any presence update (the channel publishes it). Runs on the
 * hub's thread.
 */
final class ReachProbes {
    /** How long an answer is trusted before the address is asked again. */
    static final Duration FRESH = Duration.ofSeconds(30);
    /** How many addresses are remembered before the stale ones are dropped. */
    private static final int REMEMBERED = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ReachProbes.class);
    private final Clock clock;
    private final Map<String, Instant> asked = new HashMap<>();

    ReachProbes(Clock clock) {
        this.clock = clock;
    }

    /** The probe of the first connected account of {@code endpoint}'s kind whose channel has one. */
    static Optional<ReachabilityProbe> through(Collection<AccountSupervisor> supervisors, Endpoint endpoint) {
        return supervisors.stream().filter(s -> s.account().kind() == endpoint.kind())
                .flatMap(s -> s.connectedChannel().stream())
                .flatMap(c -> c.capability(ReachabilityProbe.class).stream()).findFirst();
    }

    /**
     * Asks about {@code endpoint} through {@code probes} unless it was asked within {@link #FRESH};
     * false when no account can ask.
     */
    boolean probe(Endpoint endpoint, Function<Endpoint, Optional<ReachabilityProbe>> probes) {
        Optional<ReachabilityProbe> probe = probes.apply(endpoint);
        if (probe.isEmpty()) {
            return false;
        }
        String key = endpoint.kind().id() + ":" + endpoint.address().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Instant last = asked.get(key);
        if (last != null && now.isBefore(last.plus(FRESH))) {
            return true;
        }
        if (asked.size() >= REMEMBERED) {
            asked.values().removeIf(at -> !now.isBefore(at.plus(FRESH)));
        }
        asked.put(key, now);
        probe.get().probe(endpoint).exceptionally(failure -> {
            LOG.debug("Could not ask whether {} is reachable: {}", endpoint.address(), failure.toString());
            return null;
        });
        return true;
    }

    /** Forgets every answer: an account (re)connected, the network may have changed. */
    void forget() {
        asked.clear();
    }
}
