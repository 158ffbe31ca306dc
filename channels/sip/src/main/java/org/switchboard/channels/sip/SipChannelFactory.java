package org.switchboard.channels.sip;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.switchboard.media.MediaEngine;

/**
 * Creates SIP channels that deliver their events on {@code events} (tests pass a direct executor;
 * the app its FX hand-over or a virtual-thread executor), carry their calls' audio through
 * {@code media} and validate TLS servers against {@code trust} (plus each account's pins).
 */
public record SipChannelFactory(Executor events, MediaEngine media, SipTrust trust) {
    public SipChannelFactory {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(trust, "trust");
    }

    public SipChannel create(SipAccount account) {
        return new SipChannel(account, events, media, trust);
    }
}
