package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures (the first connect then loads what it missed), so its stanzas are checked here. */
class XmppWarmUpTest {
    @Test
    void everyStanzaOfTheWarmUpIsReadAsTheServerWouldSendIt() throws Exception {
        XmppWarmUp.run();
        for (String xml : XmppWarmUp.STANZAS) {
            Stanza stanza = PacketParserUtils.parseStanza(xml);
            assertThat(stanza.getTo() != null).as("the address read from " + xml).isTrue();
        }
    }
}
