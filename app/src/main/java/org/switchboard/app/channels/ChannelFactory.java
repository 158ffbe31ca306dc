package org.switchboard.app.channels;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.sip.SipTrust;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.media.MediaEngine;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * Makes the channel of one account, for one kind of endpoint (XMPP, SIP). The hub asks for a new
 * channel whenever an account's settings change (a certificate was trusted).
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

    /** SIP channels that validate TLS servers against {@code trust} (plus the account's pins), with {@code media} for audio. */
    static ChannelFactory sip(SipTrust trust, Supplier<MediaEngine> media) {
        return new SipChannels(trust, media);
    }

    /**
     * The factories of a normal run: XMPP and SIP against the system's certificate authorities, SIP
     * with the process's one audio engine (loaded only when a SIP account needs it).
     */
    static java.util.List<ChannelFactory> standard() {
        return java.util.List.of(xmpp(TrustAnchors.system()), sip(SipTrust.system(), SharedMedia::engine));
    }
}
