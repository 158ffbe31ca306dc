package org.switchboard.app.channels;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.channels.api.CallHandling;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.sip.SipAccount;
import org.switchboard.channels.sip.SipChannelFactory;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.channels.sip.SipTrust;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.media.MediaEngine;

/**
 * SIP accounts as JAIN-SIP channels with the app's one audio engine: the account's server and
 * transport, its pinned certificates, and from the profile its SRTP choice and call handling
 * (Do-Not-Disturb, forwarding).
 */
final class SipChannels implements ChannelFactory {
    private final SipTrust trust;
    private final Supplier<MediaEngine> media;

    SipChannels(SipTrust trust, Supplier<MediaEngine> media) {
        this.trust = trust;
        this.media = media;
    }

    @Override
    public EndpointKind kind() {
        return EndpointKind.SIP;
    }

    /** JAIN-SIP loads and the audio engine warms up now, so that the first call waits for neither. */
    @Override
    public void prepare() {
        SipChannelFactory.prepare();
        media.get().warmUp();
    }

    @Override
    public Channel create(Account account, Supplier<char[]> password, Executor events) {
        return new SipChannelFactory(events, media, trust).create(sip(account, password, false));
    }

    @Override
    public Channel create(Account account, Supplier<char[]> password, Executor events, ProfileSettings settings) {
        CallHandlingSettings handling = CallHandlingSettings.load(settings, account.key());
        Channel channel = new SipChannelFactory(events, media, trust).create(sip(account, password, handling.requireSrtp()));
        channel.capability(CallHandling.class).ifPresent(c -> c.apply(handling.rules()));
        return channel;
    }

    static SipAccount sip(Account account, Supplier<char[]> password, boolean requireSrtp) {
        SipAccount sip = SipAccount.of(account.address(), password)
                .withTransport(SipTransport.parse(account.transport()))
                .withRequireSrtp(requireSrtp);
        if (!account.server().isBlank()) {
            SipAccount.Server server = SipAccount.Server.parse(account.server());
            sip = sip.withServer(server.host(), server.port());
        }
        for (String fingerprint : account.trustedFingerprints()) {
            sip = sip.withPinnedFingerprint(fingerprint);
        }
        return sip;
    }
}
