package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.media.AudioFormat;
import org.switchboard.media.MediaDirection;
import org.switchboard.media.MediaPlan;
import org.switchboard.media.SdesCrypto;

/** Our SDP reader, writer and offer/answer rules, without a network. */
class SdpTest {
    private static final SdesCrypto OUR_KEY = new SdesCrypto(1, "AES_CM_128_HMAC_SHA1_80", "inline:OURKEY");
    private static final LocalMedia LOCAL = new LocalMedia(new InetSocketAddress("192.0.2.1", 40000), List.of(
            new AudioFormat("opus", 48000, 2, 111, Map.of("useinbandfec", "1")), new AudioFormat("PCMU", 8000, 1, 0, Map.of()),
            new AudioFormat("PCMA", 8000, 1, 8, Map.of()), new AudioFormat("telephone-event", 8000, 1, 101, Map.of("0-16", ""))),
            List.of(OUR_KEY), false);
    private static final Sdp.Origin ORIGIN = new Sdp.Origin("switchboard", "42", 1, "192.0.2.1");

    private static final String BARESIP_OFFER = """
            v=0\r
            o=- 1234 5678 IN IP4 198.51.100.7\r
            s=-\r
            c=IN IP4 198.51.100.7\r
            t=0 0\r
            m=audio 20000 RTP/AVP 8 0 101\r
            a=rtpmap:8 PCMA/8000\r
            a=rtpmap:0 PCMU/8000\r
            a=rtpmap:101 telephone-event/8000\r
            a=fmtp:101 0-15\r
            a=sendrecv\r
            a=rtcp:20005\r
            """;

    @Test
    void writesAnOfferThatReadsBackTheSame() throws Exception {
        Sdp offer = OfferAnswer.offer(ORIGIN, LOCAL, MediaDirection.SENDRECV);
        String text = SdpCodec.write(offer);

        assertThat(text).startsWith("v=0\r\no=switchboard 42 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n")
                .contains("m=audio 40000 RTP/AVP 111 0 8 101\r\n", "a=rtpmap:111 opus/48000/2\r\n", "a=fmtp:111 useinbandfec=1\r\n",
                        "a=fmtp:101 0-16\r\n", "a=sendrecv\r\n")
                .doesNotContain("crypto");
        assertThat(SdpCodec.parse(text)).isEqualTo(offer);
    }

    @Test
    void answersWithTheirFirstCodecWeHaveAndTheirTelephoneEvent() throws Exception {
        OfferAnswer.Agreement agreement = OfferAnswer.answer(SdpCodec.parse(BARESIP_OFFER), ORIGIN, LOCAL, MediaDirection.SENDRECV);

        MediaPlan plan = agreement.plan();
        assertThat(plan.codec().encoding()).isEqualTo("PCMA");
        assertThat(plan.telephoneEvent()).map(AudioFormat::payloadType).contains(101);
        assertThat(plan.remoteRtp()).isEqualTo(new InetSocketAddress("198.51.100.7", 20000));
        assertThat(plan.remoteRtcp()).isEqualTo(new InetSocketAddress("198.51.100.7", 20005));
        assertThat(plan.direction()).isEqualTo(MediaDirection.SENDRECV);
        assertThat(agreement.heldByThem()).isFalse();
        assertThat(SdpCodec.write(agreement.answer())).contains("m=audio 40000 RTP/AVP 8 101\r\n", "a=rtpmap:8 PCMA/8000\r\n");
    }

    @ParameterizedTest
    @CsvSource({"sendonly, SENDRECV, RECVONLY, true", "inactive, SENDRECV, INACTIVE, true", "recvonly, SENDRECV, SENDONLY, false",
        "sendrecv, SENDONLY, SENDONLY, false", "sendonly, SENDONLY, INACTIVE, true"})
    void directionsFollowRfc3264(String theirs, MediaDirection wanted, MediaDirection ours, boolean heldByThem) throws Exception {
        Sdp offer = SdpCodec.parse(BARESIP_OFFER.replace("a=sendrecv", "a=" + theirs));

        OfferAnswer.Agreement agreement = OfferAnswer.answer(offer, ORIGIN, LOCAL, wanted);

        assertThat(agreement.plan().direction()).isEqualTo(ours);
        assertThat(agreement.heldByThem()).isEqualTo(heldByThem);
        assertThat(SdpCodec.write(agreement.answer())).contains("a=" + ours.sdp() + "\r\n");
    }

    @Test
    void theOldHoldWithANullAddressIsHeldByThem() throws Exception {
        Sdp offer = SdpCodec.parse(BARESIP_OFFER.replace("c=IN IP4 198.51.100.7", "c=IN IP4 0.0.0.0"));

        assertThat(OfferAnswer.answer(offer, ORIGIN, LOCAL, MediaDirection.SENDRECV).heldByThem()).isTrue();
    }

    @Test
    void acceptsAnAnswerWithTheirPayloadNumbers() throws Exception {
        Sdp offer = OfferAnswer.offer(ORIGIN, LOCAL, MediaDirection.SENDRECV);
        Sdp answer = SdpCodec.parse(BARESIP_OFFER.replace("m=audio 20000 RTP/AVP 8 0 101", "m=audio 20000 RTP/AVP 0 101")
                .replace("a=sendrecv", "a=recvonly"));

        MediaPlan plan = OfferAnswer.accept(offer, answer, LOCAL, MediaDirection.SENDRECV).plan();

        assertThat(plan.codec().encoding()).isEqualTo("PCMU");
        assertThat(plan.direction()).as("they only receive, so we only send").isEqualTo(MediaDirection.SENDONLY);
    }

    @Test
    void srtpOffersAndAnswersCarryTheKeys() throws Exception {
        LocalMedia secure = new LocalMedia(LOCAL.rtp(), LOCAL.formats(), LOCAL.crypto(), true);
        assertThat(SdpCodec.write(OfferAnswer.offer(ORIGIN, secure, MediaDirection.SENDRECV)))
                .contains("m=audio 40000 RTP/SAVP ", "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:OURKEY\r\n");

        Sdp theirs = SdpCodec.parse(BARESIP_OFFER.replace("RTP/AVP", "RTP/SAVP")
                + "a=crypto:3 AES_CM_128_HMAC_SHA1_32 inline:SHORT\r\na=crypto:7 AES_CM_128_HMAC_SHA1_80 inline:THEIRKEY\r\n");
        OfferAnswer.Agreement agreement = OfferAnswer.answer(theirs, ORIGIN, secure, MediaDirection.SENDRECV);

        assertThat(agreement.plan().remoteCrypto()).contains(new SdesCrypto(7, "AES_CM_128_HMAC_SHA1_80", "inline:THEIRKEY"));
        assertThat(agreement.plan().localCrypto()).contains(new SdesCrypto(7, "AES_CM_128_HMAC_SHA1_80", "inline:OURKEY"));
        assertThat(SdpCodec.write(agreement.answer())).contains("RTP/SAVP", "a=crypto:7 AES_CM_128_HMAC_SHA1_80 inline:OURKEY");
    }

    @Test
    void anAccountThatRequiresSrtpRefusesPlainRtp() {
        LocalMedia secure = new LocalMedia(LOCAL.rtp(), LOCAL.formats(), LOCAL.crypto(), true);

        assertThatThrownBy(() -> OfferAnswer.answer(SdpCodec.parse(BARESIP_OFFER), ORIGIN, secure, MediaDirection.SENDRECV))
                .isInstanceOf(SdpException.class).hasMessageContaining("requires SRTP");
    }

    @Test
    void noCommonCodecNamesWhatEachSideHas() {
        String video = BARESIP_OFFER.replace("m=audio 20000 RTP/AVP 8 0 101", "m=audio 20000 RTP/AVP 97")
                .replace("a=rtpmap:8 PCMA/8000", "a=rtpmap:97 iLBC/8000");

        assertThatThrownBy(() -> OfferAnswer.answer(SdpCodec.parse(video), ORIGIN, LOCAL, MediaDirection.SENDRECV))
                .isInstanceOfSatisfying(SdpException.class, e -> assertThat(e.warningCode()).isEqualTo(305))
                .hasMessage("no common audio codec: they offer iLBC/8000; we have opus/48000, PCMU/8000, PCMA/8000, telephone-event/8000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|it has no origin line",
        "v=1~|it does not start with v=0",
        "v=0~o=a b~|line 2 is not an origin",
        "v=0~o=- 1 x IN IP4 1.2.3.4~|origin version \"x\", not a number",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~c=IN IP4 ~|line 3 is not a connection",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~c=IN IP4 a b~|line 3 is not a connection",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~c=IN IP4 1.2.3.4~m=audio 99999 RTP/AVP 0~|port \"99999\", not 0–65535",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~m=audio 5000 RTP/AVP 0~|the media line 3 has no connection address",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~c=IN IP4 1.2.3.4~|it has no media line",
        "v=0~garbage~|line 2 is not type=value: \"garbage\"",
        "v=0~o=- 1 1 IN IP4 1.2.3.4~c=IN IP4 1.2.3.4~m=audio~|line 4 is not a media line"})
    void malformedDescriptionsAreRefusedNamingTheLine(String lines, String problem) {
        String text = lines.replace("~", "\r\n");
        assertThatThrownBy(() -> SdpCodec.parse(text))
                .isInstanceOfSatisfying(SdpException.class, e -> assertThat(e.warningCode()).isEqualTo(399))
                .hasMessageStartingWith("malformed SDP: ").hasMessageContaining(problem);
    }

    @Test
    void unknownLinesAndAttributesAreTolerated() throws Exception {
        Sdp sdp = SdpCodec.parse(BARESIP_OFFER.replace("t=0 0", "b=AS:64\r\nt=0 0\r\nz=0 0\r\nk=clear") + "a=x-custom\r\nm=video 0 RTP/AVP 96\r\n");

        assertThat(sdp.media()).hasSize(2);
        assertThat(sdp.audio()).map(Sdp.Media::port).contains(20000);
    }

    @Test
    void tooLongDescriptionsAreRefused() {
        assertThatThrownBy(() -> SdpCodec.parse("v=0\r\n" + "a=x\r\n".repeat(5000))).hasMessageContaining("characters long");
    }
}
