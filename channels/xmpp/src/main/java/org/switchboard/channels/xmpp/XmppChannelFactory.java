package org.switchboard.channels.xmpp;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Creates XMPP channels that deliver their events on {@code events} (tests pass a direct executor;
 * the app its FX hand-over or a virtual-thread executor), validate certificates against
 * {@code trust}, keep contacts' client capabilities in {@code caps} (the app passes one backed by
 * its profile) and give a sent message {@code sendDeadline} to be confirmed by the server, waiting
 * through connection losses, before its future fails with a timeout.
 */
public record XmppChannelFactory(Executor events, TrustAnchors trust, CapsCache caps, Duration sendDeadline) {
    /** How long a sent message may wait for the server's confirmation by default, reconnects included. */
    public static final Duration DEFAULT_SEND_DEADLINE = Duration.ofMinutes(2);

    public XmppChannelFactory {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(caps, "caps");
        if (sendDeadline.isNegative() || sendDeadline.isZero()) {
            throw new IllegalArgumentException("the send deadline must be positive: " + sendDeadline);
        }
    }

    /** A factory with an in-memory caps cache and the default send deadline. */
    public XmppChannelFactory(Executor events, TrustAnchors trust) {
        this(events, trust, CapsCache.inMemory(), DEFAULT_SEND_DEADLINE);
    }

    public XmppChannelFactory withCapsCache(CapsCache cache) {
        return new XmppChannelFactory(events, trust, cache, sendDeadline);
    }

    public XmppChannelFactory withSendDeadline(Duration deadline) {
        return new XmppChannelFactory(events, trust, caps, deadline);
    }

    /**
     * Loads Smack and the TLS stack ahead of the first connect (call it off the UI thread at start-up,
     * in parallel with other work); nothing goes on the network, and a second call does nothing.
     */
    public static void prepare() {
        XmppWarmUp.run();
    }

    /** A channel that keeps its roster in memory: reconnects within this run present its version. */
    public XmppChannel create(XmppAccount account) {
        return create(account, RosterCache.inMemory());
    }

    /** A channel that keeps its roster (and the server's version of it) in {@code roster}, e.g. in the app's profile. */
    public XmppChannel create(XmppAccount account, RosterCache roster) {
        return new XmppChannel(account, events, trust, caps, roster, sendDeadline);
    }
}
