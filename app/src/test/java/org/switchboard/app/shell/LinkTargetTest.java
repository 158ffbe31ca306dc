package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.reach.Intent;

class LinkTargetTest {
    private static final Person BARBIE = Person.named("Barbie", Addresses.parse(EndpointKind.XMPP, "barbie@example.org"),
            Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org"));

    @Test
    void anXmppLinkAsksForAChatWithThePersonHavingTheAddress() {
        LinkTarget target = LinkTarget.of("xmpp:Barbie@Example.org?message", List.of(BARBIE));

        assertThat(target.intent()).isEqualTo(Intent.CHAT);
        assertThat(target.person()).contains(BARBIE);
        assertThat(target.endpoint().address()).isEqualTo("barbie@example.org");
    }

    @Test
    void sipAndTelLinksAskForACall() {
        assertThat(LinkTarget.of("sip:barbie@example.org", List.of(BARBIE)).intent()).isEqualTo(Intent.CALL);
        LinkTarget phone = LinkTarget.of("tel:+49 170 1234567", List.of(BARBIE));
        assertThat(phone.intent()).isEqualTo(Intent.CALL);
        assertThat(phone.person()).isEmpty();
        assertThat(phone.newPerson().endpoints()).containsExactly(phone.endpoint());
    }

    @Test
    void otherLinksAndBadAddressesAreRefusedByName() {
        assertThatThrownBy(() -> LinkTarget.of("https://example.org", List.of()))
                .hasMessage("\"https://example.org\" is not an xmpp:, sip:, sips: or tel: link");
        assertThatThrownBy(() -> LinkTarget.of("xmpp:not an address", List.of()))
                .hasMessageContaining("xmpp:not an address");
    }
}
