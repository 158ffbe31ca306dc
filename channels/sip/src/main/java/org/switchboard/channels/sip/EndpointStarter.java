package org.switchboard.channels.sip;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.api.ChannelException;

/** Starts an account's SIP endpoint: the local address, the TLS context with its pins, the stack. */
final class EndpointStarter {
    private EndpointStarter() {}

    static SipEndpoint start(SipAccount given, SipTrust trust, SrvLocator servers, Signalling signalling,
                             StackEvents.Handler handler) throws ChannelException {
        SipAccount account = given;
        if (!given.direct() && given.server().isEmpty()) {
            SipAccount.Server found = servers.locate(given.domain(), given.transport());
            account = given.withServer(found.host(), found.port());
        }
        SipAccount.Server proxy = account.outboundProxy();
        InetAddress local = account.localAddress().isPresent() ? account.localAddress().get() : towards(proxy);
        PinningTrustManager pinning = null;
        SSLContext tls = null;
        if (account.transport() == SipTransport.TLS) {
            pinning = new PinningTrustManager(trust.trustManager(), account.pinnedFingerprints());
            tls = tlsContext(pinning);
        }
        StackEvents listener = new StackEvents(signalling, handler);
        try {
            JainSip sip = JainSip.start(account.user(), local, account.localPort(), account.transport(),
                    account.direct() ? null : proxy, tls, account.direct() ? "" : serverName(given), listener);
            listener.provider(sip.provider);
            return new SipEndpoint(sip, account, local, pinning);
        } catch (Exception e) {
            throw new ChannelException.NotConnected("The SIP stack could not start on " + local.getHostAddress()
                    + (account.localPort() == 0 ? "" : ":" + account.localPort()) + ": " + Transactions.describe(e), e);
        }
    }

    /**
     * The name a TLS server must prove: the server the user gave, else the account's domain (RFC 5922:
     * not the SRV target).
     */
    private static String serverName(SipAccount given) {
        return given.server().map(SipAccount.Server::host).orElse(given.domain());
    }

    /** The local address that routes to {@code server} (no packet is sent). */
    private static InetAddress towards(SipAccount.Server server) throws ChannelException {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByName(server.host()), server.port()));
            InetAddress local = probe.getLocalAddress();
            return local.isAnyLocalAddress() ? InetAddress.getLocalHost() : local;
        } catch (UnknownHostException e) {
            throw new ChannelException.NotConnected("The SIP server " + server.host() + " cannot be found.", e);
        } catch (SocketException e) {
            throw new ChannelException.NotConnected("No network route to the SIP server " + server + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable SSLContext tlsContext(PinningTrustManager trust) throws ChannelException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ChannelException.NotConnected("TLS is not available: " + e.getMessage(), e);
        }
    }
}
