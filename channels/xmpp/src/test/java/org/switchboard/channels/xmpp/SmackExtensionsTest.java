package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.UnparsedIQ;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.carbons.packet.CarbonExtension;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.mam.element.MamElements.MamResultExtension;
import org.jivesoftware.smackx.mam.element.MamFinIQ;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smack's own initialisers are off, so an extension the app relies on parses as a generic element (and
 * its feature quietly stops working) unless {@link SmackExtensions} registers its provider. One stanza
 * of each kind the app reads, as servers and clients send them.
 */
class SmackExtensionsTest {
    private static final String ME = "alice@example.test/desk";
    private static final String PEER = "bob@example.test";

    @BeforeAll
    static void applySettings() {
        SmackSettings.apply();
    }

    @Test
    void everyExtensionOfAChatMessageHasItsOwnType() throws Exception {
        Stanza message = parse("<message xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "' type='chat' id='m1'>"
                + "<body>hello</body><active xmlns='http://jabber.org/protocol/chatstates'/>"
                + "<request xmlns='urn:xmpp:receipts'/><replace xmlns='urn:xmpp:message-correct:0' id='m0'/>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='o1'/><stanza-id xmlns='urn:xmpp:sid:0' id='s1' by='alice@example.test'/>"
                + "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/><x xmlns='jabber:x:delay' stamp='20260101T00:00:00'/>"
                + "</message>");

        assertThat(message.getExtensions()).hasSize(8); // the body is one
        assertNoneGeneric(message.getExtensions());
    }

    @Test
    void chatStatesReceiptsAndPresenceCapsHaveTheirOwnTypes() throws Exception {
        for (String state : List.of("composing", "paused", "inactive", "gone")) {
            assertNoneGeneric(parse("<message xmlns='jabber:client' from='" + PEER + "' to='" + ME + "' type='chat'><"
                    + state + " xmlns='http://jabber.org/protocol/chatstates'/></message>").getExtensions());
        }
        assertNoneGeneric(parse("<message xmlns='jabber:client' from='" + PEER + "' to='" + ME + "'>"
                + "<received xmlns='urn:xmpp:receipts' id='m1'/></message>").getExtensions());
        assertNoneGeneric(parse("<presence xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "'>"
                + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://example.test' ver='dmVy'/></presence>").getExtensions());
    }

    @Test
    void aCarbonCarriesTheForwardedMessageWithItsExtensions() throws Exception {
        Stanza carbon = parse("<message xmlns='jabber:client' from='alice@example.test' to='" + ME + "' type='chat'>"
                + "<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                + "<message xmlns='jabber:client' from='alice@example.test/phone' to='" + PEER + "' type='chat' id='m2'>"
                + "<body>hi</body><origin-id xmlns='urn:xmpp:sid:0' id='o2'/></message></forwarded></sent></message>");

        CarbonExtension sent = (CarbonExtension) carbon.getExtensions().getFirst();
        Message inner = sent.getForwarded().getForwardedStanza();
        assertThat(inner.getBody()).isEqualTo("hi");
        assertNoneGeneric(inner.getExtensions());
    }

    @Test
    void archiveResultsAndTheirEndAreRead() throws Exception {
        Stanza result = parse("<message xmlns='jabber:client' from='alice@example.test' to='" + ME + "'>"
                + "<result xmlns='urn:xmpp:mam:2' queryid='q1' id='a1'><forwarded xmlns='urn:xmpp:forward:0'>"
                + "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/>"
                + "<message xmlns='jabber:client' from='" + PEER + "/phone' to='" + ME + "' type='chat'><body>old</body></message>"
                + "</forwarded></result></message>");
        MamResultExtension archived = (MamResultExtension) result.getExtensions().getFirst();
        assertThat(archived.getForwarded().getDelayInformation()).isNotNull();
        assertThat(archived.getForwarded().getForwardedStanza().getBody()).isEqualTo("old");

        Stanza fin = parse("<iq xmlns='jabber:client' type='result' id='q1' to='" + ME + "'>"
                + "<fin xmlns='urn:xmpp:mam:2' complete='true'><set xmlns='http://jabber.org/protocol/rsm'>"
                + "<first index='0'>a1</first><last>a9</last><count>9</count></set></fin></iq>");
        assertThat(((MamFinIQ) fin).getRSMSet().getLast()).isEqualTo("a9");
    }

    @Test
    void theQueriesAClientIsAskedAreRead() throws Exception {
        for (String query : List.of(
                "<query xmlns='http://jabber.org/protocol/disco#info' node='https://switchboard.invalid#dmVy'/>",
                "<query xmlns='http://jabber.org/protocol/disco#items'/>",
                "<ping xmlns='urn:xmpp:ping'/>",
                "<query xmlns='jabber:iq:version'/>",
                "<time xmlns='urn:xmpp:time'/>")) {
            Stanza iq = parse("<iq xmlns='jabber:client' type='get' id='g1' from='" + PEER + "/phone' to='" + ME + "'>" + query + "</iq>");
            assertThat(iq).as(query).isInstanceOf(IQ.class).isNotInstanceOf(UnparsedIQ.class);
        }
        Stanza info = parse("<iq xmlns='jabber:client' type='result' id='d1' from='" + PEER + "/phone' to='" + ME + "'>"
                + "<query xmlns='http://jabber.org/protocol/disco#info'><identity category='client' type='pc'/>"
                + "<feature var='urn:xmpp:jingle:1'/><x xmlns='jabber:x:data' type='result'>"
                + "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:dataforms:softwareinfo</value></field></x></query></iq>");
        assertNoneGeneric(info.getExtensions());
    }

    @Test
    void aConnectionGetsTheManagersTheAppNeedsAndNoOthers() throws Exception {
        XMPPTCPConnection connection = new XMPPTCPConnection(
                XMPPTCPConnectionConfiguration.builder().setXmppDomain("example.test").build());

        List<String> features = ServiceDiscoveryManager.getInstanceFor(connection).getFeatures();

        assertThat(features).contains("http://jabber.org/protocol/caps", "urn:xmpp:ping", "urn:xmpp:receipts",
                "jabber:iq:version", "urn:xmpp:time", "jabber:x:data", "http://jabber.org/protocol/commands");
        assertThat(features).noneMatch(feature -> feature.startsWith("http://jabber.org/protocol/muc")
                || feature.startsWith("urn:xmpp:http:upload") || feature.equals("vcard-temp")
                || feature.equals("http://jabber.org/protocol/xhtml-im") || feature.contains("bytestreams"));
    }

    private static Stanza parse(String xml) throws Exception {
        return PacketParserUtils.parseStanza(xml);
    }

    private static void assertNoneGeneric(List<? extends ExtensionElement> extensions) {
        assertThat(extensions).allSatisfy(extension -> assertThat(extension)
                .as("<%s xmlns='%s'>", extension.getElementName(), extension.getNamespace())
                .isNotInstanceOf(StandardExtensionElement.class));
    }
}
