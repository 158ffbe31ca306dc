package org.switchboard.channels.xmpp;

import java.util.Arrays;
import java.util.UUID;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.ReconnectionManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Builds a Smack connection for an account: STARTTLS required unless the account says otherwise,
 * our trust manager and hostname verifier (never a trust-all one), the key exchange groups offered, presence left to us, malformed
 * stanzas dropped instead of killing the connection, stream management with resumption (XEP-0198),
 * no automatic reconnection (a supervisor's job: it calls connect() again).
 */
final class XmppConnector {
    private static final int TIMEOUT_MILLIS = 10_000;

    static {
        SmackSettings.apply();
    }

    private XmppConnector() {}

    static XMPPTCPConnection create(XmppAccount account, PinningTrustManager trust, KeyExchangeGroups groups)
            throws XmppStringprepException {
        XMPPTCPConnectionConfiguration.Builder builder = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(account.domain())
                .setUsernameAndPassword(account.localpart(), null) // the password is read at login, after TLS
                .setResource("switchboard-" + UUID.randomUUID().toString().substring(0, 8))
                .setSecurityMode(account.requireTls() ? SecurityMode.required : SecurityMode.ifpossible)
                .setSslContextFactory(groups.contexts())
                .setCustomX509TrustManager(trust)
                .setHostnameVerifier(new PinAwareHostnameVerifier(trust))
                .setSendPresence(false)
                .setSocketFactory(new NoDelaySocketFactory())
                .setConnectTimeout(TIMEOUT_MILLIS);
        XmppAccount.Server server = account.server();
        if (server != null) {
            builder.setHostAddressByNameOrIp(server.host()).setPort(server.port());
        }
        XMPPTCPConnection connection = new XMPPTCPConnection(builder.build());
        connection.setUseStreamManagement(true);
        connection.setReplyTimeout(TIMEOUT_MILLIS);
        connection.setParsingExceptionCallback(new WarningParsingCallback());
        ReconnectionManager.getInstanceFor(connection).disableAutomaticReconnection();
        return connection;
    }

    /** Smack keeps the password as a String for SCRAM; the caller's array is wiped at once. */
    static String password(XmppAccount account) {
        char[] chars = account.password().get();
        try {
            return new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
