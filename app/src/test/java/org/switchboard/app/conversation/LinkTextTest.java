package org.switchboard.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.app.conversation.LinkText.Segment;

class LinkTextTest {
    @Test
    void markupStaysTextAndLinksAreFound() {
        assertThat(LinkText.split("<b>look</b> at https://example.org/a?b=1, then mail mailto:ann@example.org."))
                .containsExactly(new Segment("<b>look</b> at ", null),
                        new Segment("https://example.org/a?b=1", "https://example.org/a?b=1"),
                        new Segment(", then mail ", null),
                        new Segment("mailto:ann@example.org", "mailto:ann@example.org"),
                        new Segment(".", null));
    }

    @Test
    void everySupportedSchemeIsALinkAndOthersAreNot() {
        assertThat(LinkText.split("xmpp:ben@chat.example.org sip:ben@voip.example.org tel:+491701234567 "
                + "javascript:alert(1) file:///etc/passwd").stream().filter(Segment::isLink).map(Segment::uri).toList())
                .isEqualTo(List.of("xmpp:ben@chat.example.org", "sip:ben@voip.example.org", "tel:+491701234567"));
    }

    @Test
    void aBareSchemeIsNoLink() {
        assertThat(LinkText.split("see https:// and (http://example.org)"))
                .containsExactly(new Segment("see https:// and (", null),
                        new Segment("http://example.org", "http://example.org"), new Segment(")", null));
    }
}
