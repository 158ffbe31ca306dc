package org.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
    @BeforeAll
    static void germanNumbers() {
        PhoneNumbers.setDefaultRegion("DE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL | Anna.Berg@Example.ORG        | Anna.Berg@example.org
            EMAIL | mailto:anna@example.org      | anna@example.org
            XMPP  | Barbie@Chat.Example.org/phone| barbie@chat.example.org
            XMPP  | xmpp:ken@example.org         | ken@example.org
            SIP   | sip:Barbie@VoIP.example.org  | sip:Barbie@voip.example.org
            SIP   | barbie@voip.example.org      | sip:barbie@voip.example.org
            SIP   | sips:1001@pbx.example.test:5061;transport=tls | sips:1001@pbx.example.test:5061
            PHONE | +49 170 1234567              | +491701234567
            PHONE | 0170 1234567                 | +491701234567
            PHONE | tel:+1-202-555-0173           | +12025550173
            """)
    void normalisesValidAddresses(EndpointKind kind, String input, String normalised) {
        assertThat(Addresses.parse(kind, input).address()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL | anna.example.org       | name@domain
            EMAIL | anna@                  | name@domain
            EMAIL | an na@example.org      | before @
            XMPP  | @example.org           | name@server
            XMPP  | anna@exa mple.org      | not a server name
            SIP   | http://example.org     | must start with sip:
            SIP   | sip:bar bie@example.org| user part
            SIP   | sip:barbie@            | not a host name
            SIP   | sip:barbie@host:99999  | out of range
            PHONE | 12                     | too short
            PHONE | +49 1                  | too short
            PHONE | call me maybe          | only digits
            """)
    void rejectsInvalidAddressesNamingTheInput(EndpointKind kind, String input, String problem) {
        assertThatThrownBy(() -> Addresses.parse(kind, input))
                .isInstanceOf(InvalidAddressException.class)
                .hasMessageContaining("\"" + input + "\"")
                .hasMessageContaining(problem);
    }

    @Test
    void guessesTheKindFromAUri() {
        assertThat(Addresses.fromUri("mailto:a@example.org")).map(Endpoint::kind).contains(EndpointKind.EMAIL);
        assertThat(Addresses.fromUri("xmpp:a@example.org")).map(Endpoint::kind).contains(EndpointKind.XMPP);
        assertThat(Addresses.fromUri("sips:a@example.org")).map(Endpoint::kind).contains(EndpointKind.SIP);
        assertThat(Addresses.fromUri("tel:+491701234567")).map(Endpoint::kind).contains(EndpointKind.PHONE);
        assertThat(Addresses.fromUri("+49 170 1234567")).map(Endpoint::address).contains("+491701234567");
        assertThat(Addresses.fromUri("a@example.org")).map(Endpoint::kind).contains(EndpointKind.EMAIL);
        assertThat(Addresses.fromUri("Barbie Roberts")).isEmpty();
    }

    @Test
    void uriOfEachKind() {
        assertThat(Addresses.parse(EndpointKind.EMAIL, "a@example.org").uri()).isEqualTo("mailto:a@example.org");
        assertThat(Addresses.parse(EndpointKind.PHONE, "+491701234567").uri()).isEqualTo("tel:+491701234567");
        assertThat(Addresses.parse(EndpointKind.SIP, "a@example.org").uri()).isEqualTo("sip:a@example.org");
    }
}
