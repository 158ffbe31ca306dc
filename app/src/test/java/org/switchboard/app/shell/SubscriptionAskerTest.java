package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** Saving a person from the editor asks a subscription of its new XMPP addresses only. */
class SubscriptionAskerTest {
    private final Endpoint annaChat = Addresses.parse(EndpointKind.XMPP, "anna@chat.example.org");
    private final Endpoint annaWork = Addresses.parse(EndpointKind.XMPP, "anna@work.example.org");
    private final Endpoint annaMail = Addresses.parse(EndpointKind.EMAIL, "anna@example.org");

    @TempDir
    Path dir;

    @Test
    void asksOnlyForXmppAddressesThePersonDidNotHave() {
        try (SqlitePersonRepository repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"))) {
            FakeChannelHub hub = new FakeChannelHub(repository.messageHistory(), Clock.systemUTC());
            Person before = Person.named("Anna Abel", annaChat);
            Person after = Person.named("Anna Abel", annaChat, annaWork, annaMail);

            new SubscriptionAsker(hub).saved(before, after);

            assertThat(hub.subscriptionsAsked()).containsExactly(annaWork);
        }
    }

    @Test
    void aNewPersonAsksForEachXmppAddress() {
        assertThat(SubscriptionAsker.added(null, Person.named("Anna Abel", annaMail, annaChat))).isEqualTo(List.of(annaChat));
    }
}
