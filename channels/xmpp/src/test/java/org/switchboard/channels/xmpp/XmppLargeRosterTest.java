package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.ContactList.Entry;
import org.switchboard.channels.api.ContactList.Subscription;

/**
 * A roster of 2,000 contacts, seeded in Prosody's storage as the reference seed-roster.py does,
 * fetched whole; and what a login asks the server for when the roster is that large.
 */
class XmppLargeRosterTest {
    private static final int CONTACTS = 2_000;

    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice"), seeder -> seeder.write("alice",
            IntStream.rangeClosed(1, CONTACTS).mapToObj(i -> new RosterSeeder.Item("user%04d@example.test".formatted(i),
                    "User %04d".formatted(i), "Group " + i % 20, "both")).toList()));

    @Test
    void allTwoThousandContactsArriveWithNamesAndGroups() throws Exception {
        Recorder<ContactList.Event> events = new Recorder<>();
        try (XmppChannel alice = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(SERVER.pinnedAccount("alice"))) {
            alice.capability(ContactList.class).orElseThrow().onContactListEvent(events);
            long start = System.nanoTime();
            alice.connect().get(20, TimeUnit.SECONDS);
            List<Entry> entries = alice.capability(ContactList.class).orElseThrow().entries().get(20, TimeUnit.SECONDS);
            assertThat(events.events()).as("the login's roster is read whole, not also reported as 2,000 updates").isEmpty();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Roster of %d contacts: login and fetch took %d ms%n", entries.size(), millis);

            assertThat(entries).hasSize(CONTACTS);
            assertThat(entries).contains(new Entry(XmppMessagingTest.xmpp("user1234@example.test"), "User 1234", Set.of("Group 14"),
                    Subscription.BOTH, false));
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.name()).startsWith("User ");
                assertThat(e.groups()).hasSize(1);
            });
        }
    }

    @Test
    @SuppressWarnings("deprecation") // the stanza interceptor: the one hook that sees stanzas in the order they are sent
    void aLoginAsksForTheRosterOnceAndForCarbonsBeforeItsPresenceAndSearchesTheServerForNothing() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        try (XmppChannel alice = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(SERVER.pinnedAccount("alice"))) {
            alice.onNewConnection(connection -> connection.addStanzaInterceptor(stanza -> sent.add(described(stanza)), stanza -> true));
            alice.connect().get(20, TimeUnit.SECONDS);
            assertThat(alice.capability(ContactList.class).orElseThrow().entries().get(20, TimeUnit.SECONDS)).hasSize(CONTACTS);
        }
        System.out.println("Sent during login and the roster read: " + sent.stream().limit(10).toList());

        assertThat(sent).as("roster requests: the one Smack sends in the login is awaited, not repeated")
                .filteredOn(s -> s.equals("iq get jabber:iq:roster")).hasSize(1);
        assertThat(sent).as("service discovery queries (HTTP File Upload's search of the server, a carbons check)")
                .noneMatch(s -> s.startsWith("iq get http://jabber.org/protocol/disco#"));
        int carbons = sent.indexOf("iq set urn:xmpp:carbons:2");
        int presence = sent.indexOf("presence available");
        assertThat(carbons).as("carbons asked for").isNotNegative();
        assertThat(carbons).as("carbons asked for before the initial presence").isLessThan(presence);
    }

    private static String described(Stanza stanza) {
        return switch (stanza) {
            case IQ iq -> "iq " + iq.getType() + " " + iq.getChildElementNamespace();
            case Presence presence -> "presence " + presence.getType();
            default -> stanza.getClass().getSimpleName();
        };
    }
}
