package org.switchboard.channels.sip;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.media.MediaEngine;

/**
 * Creates SIP channels that deliver their events on {@code events} (tests pass a direct executor;
 * the app its hub's thread), carry their calls' audio through the engine {@code media} supplies
 * (asked for only when a call starts, so an account that never calls never loads the sound system)
 * and validate TLS servers against {@code trust} (plus each account's pins); an account without a server
 * finds it through {@code servers} (DNS SRV) at each connect.
 */
public record SipChannelFactory(Executor events, Supplier<MediaEngine> media, SipTrust trust, SrvLocator servers) {
    public SipChannelFactory {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(servers, "servers");
    }

    /** A factory that finds servers through the system's DNS. */
    public SipChannelFactory(Executor events, Supplier<MediaEngine> media, SipTrust trust) {
        this(events, media, trust, SrvLocator.system());
    }

    /** A factory for an engine that exists already. */
    public SipChannelFactory(Executor events, MediaEngine media, SipTrust trust) {
        this(events, () -> media, trust);
        Objects.requireNonNull(media, "media");
    }

    /** The same factory finding servers of accounts without one through {@code locator}. */
    public SipChannelFactory withServers(SrvLocator locator) {
        return new SipChannelFactory(events, media, trust, locator);
    }

    public SipChannel create(SipAccount account) {
        return new SipChannel(account, events, media, trust, servers);
    }

    /**
     * Loads JAIN-SIP's stack, parser and TLS classes ahead of the first connect (the app calls it at
     * start-up, off the window's path). Never fails.
     */
    public static void prepare() {
        try {
            Class.forName(JainSip.class.getName(), true, SipChannelFactory.class.getClassLoader());
            Class.forName("gov.nist.javax.sip.SipStackImpl", true, SipChannelFactory.class.getClassLoader());
            Class.forName("gov.nist.javax.sip.parser.StringMsgParser", true, SipChannelFactory.class.getClassLoader());
            javax.net.ssl.SSLContext.getDefault();
        } catch (ReflectiveOperationException | java.security.GeneralSecurityException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(SipChannelFactory.class).debug("Preloading JAIN-SIP: {}", e.toString());
        }
    }
}
