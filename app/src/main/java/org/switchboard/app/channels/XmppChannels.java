package org.switchboard.app.channels;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.xmpp.XmppAccount;
import org.switchboard.channels.xmpp.XmppChannelFactory;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;

/** XMPP accounts as Smack channels: STARTTLS required, the account's server if given, its pinned fingerprints. */
final class XmppChannels implements ChannelFactory {
    private final TrustAnchors trust;

    XmppChannels(TrustAnchors trust) {
        this.trust = trust;
    }

    @Override
    public EndpointKind kind() {
        return EndpointKind.XMPP;
    }

    @Override
    public void prepare() {
        XmppChannelFactory.prepare();
    }

    @Override
    public Channel create(Account account, Supplier<char[]> password, Executor events) {
        return new XmppChannelFactory(events, trust).create(xmpp(account, password));
    }

    /** A channel that keeps contacts' entity caps and its roster in the profile ({@link ProfileCapsCache}, {@link ProfileRosterCache}). */
    @Override
    public Channel create(Account account, Supplier<char[]> password, Executor events, ProfileSettings settings) {
        return new XmppChannelFactory(events, trust).withCapsCache(new ProfileCapsCache(settings))
                .create(xmpp(account, password), new ProfileRosterCache(settings, account));
    }

    private static XmppAccount xmpp(Account account, Supplier<char[]> password) {
        return new XmppAccount(account.address(), server(account.server()), password, true,
                Set.copyOf(account.trustedFingerprints()));
    }

    /** {@code host:port} (an IPv6 host in brackets) as stored by {@link Account#checkServer}; empty for DNS SRV. */
    static XmppAccount.@Nullable Server server(String hostPort) {
        if (hostPort.isBlank()) {
            return null;
        }
        int colon = hostPort.lastIndexOf(':');
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        return new XmppAccount.Server(host, Integer.parseInt(hostPort.substring(colon + 1)));
    }
}
