package org.switchboard.app.channels;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * Makes the channel of one account, for one kind of endpoint (XMPP now; SIP joins with its own
 * factory). The hub asks for a new channel whenever an account's settings change (a certificate
 * was trusted).
 */
public interface ChannelFactory {
    /** The kind of account this factory serves. */
    EndpointKind kind();

    /**
     * @param password asked for at each connect; the channel wipes the array after use
     * @param events where the channel delivers its events and completes its futures
     */
    Channel create(Account account, Supplier<char[]> password, Executor events);

    /**
     * Like {@link #create(Account, Supplier, Executor)}, with the profile's {@code settings} for what
     * a channel may keep across runs (XMPP: contacts' entity caps); by default they are not used.
     */
    default Channel create(Account account, Supplier<char[]> password, Executor events, ProfileSettings settings) {
        return create(account, password, events);
    }

    /**
     * Loads and initialises the protocol library (classes, TLS) ahead of the first connect, off the
     * caller's thread's critical path: called at start-up in parallel with the window. Never fails.
     */
    default void prepare() {
    }

    /** XMPP channels that validate certificates against {@code trust} (plus the account's pins). */
    static ChannelFactory xmpp(TrustAnchors trust) {
        return new XmppChannels(trust);
    }

    /** The factories of a normal run: XMPP against the system's certificate authorities. */
    static java.util.List<ChannelFactory> standard() {
        return java.util.List.of(xmpp(TrustAnchors.system()));
    }
}
