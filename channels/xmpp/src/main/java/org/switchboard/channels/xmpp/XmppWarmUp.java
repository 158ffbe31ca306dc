package org.switchboard.channels.xmpp;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.jivesoftware.smack.SmackConfiguration;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads what the first connect would otherwise load on its critical path: Smack's configuration and
 * the managers a new connection creates, and the TLS stack up to a first ClientHello (key shares
 * included). Nothing goes on the network. About 0.5–1 s of class loading in a fresh JVM.
 */
final class XmppWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(XmppWarmUp.class);
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
        } catch (Exception | LinkageError e) {
            LOG.debug("Warming up the XMPP stack failed; the first connect will do it: {}", e.toString());
        }
    }

    private static void clientHello() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        SSLEngine engine = context.createSSLEngine("warm-up.invalid", 5222);
        engine.setUseClientMode(true);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
    }
}
