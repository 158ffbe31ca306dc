package org.switchboard.channels.xmpp;

import java.util.concurrent.Executor;

/**
 * Creates XMPP channels that deliver their events on {@code events} (tests pass a direct executor;
 * the app its FX hand-over or a virtual-thread executor) and validate certificates against {@code trust}.
 */
public record XmppChannelFactory(Executor events, TrustAnchors trust) {
    public XmppChannel create(XmppAccount account) {
        return new XmppChannel(account, events, trust);
    }
}
