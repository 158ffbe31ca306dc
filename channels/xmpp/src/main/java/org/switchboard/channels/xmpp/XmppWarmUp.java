package org.switchboard.channels.xmpp;

import java.nio.ByteBuffer;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.util.MAC;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what the first connect would otherwise load on its critical path, in the order the connect
 * needs it: Smack's configuration and the managers a new connection creates, the TLS stack up to a
 * first ClientHello (key shares included), the system trust store and the PKIX checks our trust
 * manager builds on (needed only once the server's certificate arrives), SCRAM's HMAC, and the parsers
 * and providers of the stanzas a login receives (roster, presence with caps, chat messages, carbons,
 * receipts, disco). Nothing goes on the network. About 0.5–1 s of class loading in a fresh JVM.
 * (The AOT cache is not trained on it: the 1,900 classes it loads would make the cache 11 MB larger,
 * and every start, with or without an account, about 12 MB larger in RSS and 70 ms slower to reach
 * {@code main}.)
 */
final class XmppWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(XmppWarmUp.class);
    private static final String ME = "warm-up@warm-up.invalid/w";
    private static final String PEER = "peer@warm-up.invalid";
    /** One of each stanza a login receives, as the server sends them. */
    static final List<String> STANZAS = List.of(
            "<iq xmlns='jabber:client' type='result' id='r1' to='" + ME + "'><query xmlns='jabber:iq:roster' ver='1'>"
                    + "<item jid='" + PEER + "' name='Peer' subscription='both'><group>Group</group></item></query></iq>",
            "<presence xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "'><show>away</show><status>out</status><priority>1</priority>"
                    + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://warm-up.invalid' ver='dmVy'/>"
                    + "<x xmlns='vcard-temp:x:update'><photo/></x>"
                    + "<delay xmlns='urn:xmpp:delay' from='warm-up.invalid' stamp='2026-01-01T00:00:00Z'/></presence>",
            "<presence xmlns='jabber:client' from='" + PEER + "' to='" + ME + "' type='unavailable'/>",
            "<message xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "' type='chat' id='m1'><body>hello</body>"
                    + "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/><stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='warm-up@warm-up.invalid'/>"
                    + "<request xmlns='urn:xmpp:receipts'/><active xmlns='http://jabber.org/protocol/chatstates'/>"
                    + "<replace xmlns='urn:xmpp:message-correct:0' id='o0'/></message>",
            "<message xmlns='jabber:client' from='warm-up@warm-up.invalid' to='" + ME + "' type='chat'><sent xmlns='urn:xmpp:carbons:2'>"
                    + "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='" + ME + "' to='" + PEER + "' type='chat' id='m2'>"
                    + "<body>hi</body></message></forwarded></sent></message>",
            "<message xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "' id='m3'><received xmlns='urn:xmpp:receipts' id='m2'/></message>",
            "<iq xmlns='jabber:client' type='get' id='d1' from='" + PEER + "/phone' to='" + ME + "'>"
                    + "<query xmlns='http://jabber.org/protocol/disco#info' node='https://warm-up.invalid#dmVy'/></iq>");
    private static volatile boolean done;

    private XmppWarmUp() {}

    static void run() {
        if (done) {
            return;
        }
        done = true;
        try {
            SmackSettings.apply();
            SmackConfiguration.getVersion();
            new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder().setXmppDomain("warm-up.invalid").build());
            clientHello();
            TrustAnchors.system().trustManager();
            MAC.hmacsha1(new byte[20], new byte[20]);
            for (String stanza : STANZAS) {
                PacketParserUtils.parseStanza(stanza);
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("Warming up the XMPP stack failed; the first connect will do it: {}", e.toString());
        }
    }

    private static void clientHello() throws Exception {
        SSLContext context = KeyExchangeGroups.FAST.contexts().createSslContext();
        context.init(null, null, null);
        SSLEngine engine = context.createSSLEngine("warm-up.invalid", 5222);
        engine.setUseClientMode(true);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
    }
}
