package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The screen in front of JAIN-SIP's UDP parser. */
class DatagramScreenTest {
    private static final String GOOD = """
            INVITE sip:alice@192.0.2.1 SIP/2.0\r
            Via: SIP/2.0/UDP 192.0.2.9:5060;branch=z9hG4bK-1\r
            From: <sip:bob@192.0.2.9>;tag=9\r
            To: <sip:alice@192.0.2.1>\r
            Call-ID: abc\r
            CSeq: 1 INVITE\r
            Content-Length: 4\r
            \r
            body""";

    private static DatagramScreen.Verdict check(String text) {
        return DatagramScreen.check(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String reply(String text) {
        DatagramScreen.Verdict verdict = check(text);
        assertThat(verdict).isInstanceOf(DatagramScreen.Verdict.Reply.class);
        return new String(((DatagramScreen.Verdict.Reply) verdict).response(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void wellFormedRequestsResponsesAndKeepAlivesPass() {
        assertThat(check(GOOD)).isInstanceOf(DatagramScreen.Verdict.Pass.class);
        assertThat(check("SIP/2.0 200 OK\r\n\r\n")).isInstanceOf(DatagramScreen.Verdict.Pass.class);
        assertThat(check("\r\n\r\n")).isInstanceOf(DatagramScreen.Verdict.Pass.class);
        assertThat(check(GOOD.replace("Call-ID: abc", "i: abc").replace("Content-Length", "l"))).isInstanceOf(DatagramScreen.Verdict.Pass.class);
    }

    @Test
    void missingHeadersAreAnsweredWithWhatTheRequestHad() {
        String response = reply(GOOD.replace("Call-ID: abc\r\n", ""));

        assertThat(response).startsWith("SIP/2.0 400 Missing Call-ID header\r\n")
                .contains("Via: SIP/2.0/UDP 192.0.2.9:5060;branch=z9hG4bK-1\r\n", "From: <sip:bob@192.0.2.9>;tag=9\r\n",
                        "To: <sip:alice@192.0.2.1>;tag=", "CSeq: 1 INVITE\r\n")
                .endsWith("Content-Length: 0\r\n\r\n");
        assertThat(reply(GOOD.replace("CSeq: 1 INVITE\r\n", ""))).startsWith("SIP/2.0 400 Missing CSeq header").contains("CSeq: 1 INVITE");
    }

    @Test
    void aContentLengthBeyondTheDatagramIsRefused() {
        assertThat(reply(GOOD.replace("Content-Length: 4", "Content-Length: 400")))
                .startsWith("SIP/2.0 400 Content-Length 400 exceeds the body (4 bytes)");
        assertThat(reply(GOOD.replace("Content-Length: 4", "Content-Length: -1"))).startsWith("SIP/2.0 400 Bad Content-Length -1");
    }

    @Test
    void anUnreadableEssentialHeaderIsRefusedByName() {
        assertThat(reply(GOOD.replace("From: <sip:bob@192.0.2.9>;tag=9", "From: this is <not an address")))
                .startsWith("SIP/2.0 400 Bad From header");
    }

    @Test
    void withoutViaNothingCanBeAnsweredAndAcksAreNeverAnswered() {
        assertThat(check(GOOD.replace("Via: SIP/2.0/UDP 192.0.2.9:5060;branch=z9hG4bK-1\r\n", "")))
                .isInstanceOf(DatagramScreen.Verdict.Drop.class);
        assertThat(check(GOOD.replace("INVITE sip", "ACK sip").replace("Call-ID: abc\r\n", "")))
                .isInstanceOf(DatagramScreen.Verdict.Pass.class);
    }
}
