package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.channels.xmpp.XmppMessagingTest.mutual;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.ContactList.Entry;
import org.switchboard.channels.api.ContactList.Event;
import org.switchboard.channels.api.ContactList.Subscription;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.contacts.Endpoint;

/** The roster: a seeded list of 50 (plus one stored invalid address), subscriptions, and a stranger's push. */
class XmppContactListTest {
    private static final int SEEDED = 50;

    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "carol", "peer"), seeder -> {
        List<RosterSeeder.Item> items = new ArrayList<>(IntStream.rangeClosed(1, SEEDED).mapToObj(i -> new RosterSeeder.Item(
                "user%02d@example.test".formatted(i), "User %02d".formatted(i), "Group " + i % 5, "both")).toList());
        items.add(new RosterSeeder.Item("bad user@example.test", "Invalid", "Broken", "both"));
        items.add(mutual("peer"));
        seeder.write("alice", items);
        seeder.write("peer", List.of(mutual("alice")));
    });
    private static final Endpoint ALICE = xmpp("alice@example.test");
    private static final Recorder<Event> ALICE_EVENTS = new Recorder<>();
    private static final Recorder<MessageEvent> ALICE_MESSAGES = new Recorder<>();
    private static XmppChannel alice;
    private static PeerClient peer;

    @BeforeAll
    static void connect() throws Exception {
        alice = factory().create(SERVER.pinnedAccount("alice"));
        alice.capability(ContactList.class).orElseThrow().onContactListEvent(ALICE_EVENTS);
        alice.capability(MessageEvents.class).orElseThrow().onMessageEvent(ALICE_MESSAGES);
        alice.connect().get(10, TimeUnit.SECONDS);
        peer = PeerClient.start(SERVER, "peer", false);
    }

    @AfterAll
    static void disconnect() throws Exception {
        peer.close();
        alice.close();
    }

    @Test
    void fetchesTheSeededRosterAndSkipsTheInvalidAddress() throws Exception {
        List<Entry> entries = contacts(alice).entries().get(10, TimeUnit.SECONDS);

        assertThat(entries).filteredOn(e -> e.endpoint().address().matches("user[0-9]{2}@example.test")).hasSize(SEEDED);
        assertThat(entries).anyMatch(e -> e.endpoint().address().equals("peer@example.test"));
        assertThat(entries).noneMatch(e -> e.endpoint().address().contains("bad"));
        Entry seven = entries.stream().filter(e -> e.endpoint().address().equals("user07@example.test")).findFirst().orElseThrow();
        assertThat(seven).isEqualTo(new Entry(xmpp("user07@example.test"), "User 07", java.util.Set.of("Group 2"), Subscription.BOTH, false));
    }

    @Test
    void aSubscriptionIsAskedForAndApproved() throws Exception {
        Recorder<Event> carolEvents = new Recorder<>();
        try (XmppChannel carol = factory().create(SERVER.pinnedAccount("carol"))) {
            contacts(carol).onContactListEvent(carolEvents);
            carol.connect().get(10, TimeUnit.SECONDS);
            contacts(carol).subscribe(ALICE).get(10, TimeUnit.SECONDS);

            Endpoint carolAddress = xmpp("carol@example.test");
            ALICE_EVENTS.await("carol's request", Event.SubscriptionRequested.class, r -> r.from().equals(carolAddress));
            contacts(alice).approve(carolAddress).get(10, TimeUnit.SECONDS);

            carolEvents.await("alice in carol's roster with a subscription to her", Event.Updated.class, u -> u.entries().stream()
                    .anyMatch(e -> e.endpoint().equals(ALICE) && e.subscription() == Subscription.TO));
        }
    }

    @Test
    void aRosterPushFromAStrangerIsIgnored() throws Exception {
        String aliceFullJid = peer.await("alice's presence", e -> "presence".equals(e.get("event"))
                && e.get("frm").startsWith("alice@example.test/")).get("frm");
        peer.raw("<iq type='set' id='push-1' to='" + aliceFullJid + "'><query xmlns='jabber:iq:roster'>"
                + "<item jid='mallory@example.test' name='Mallory' subscription='both'/></query></iq>");
        peer.send(ALICE.address(), "after the push", false);

        ALICE_MESSAGES.await("the message after the push", MessageEvent.Received.class, r -> r.body().equals("after the push"));
        assertThat(ALICE_EVENTS.events()).noneMatch(e -> e.toString().contains("mallory"));
        assertThat(contacts(alice).entries().get(10, TimeUnit.SECONDS)).noneMatch(e -> e.endpoint().address().startsWith("mallory"));
    }

    private static ContactList contacts(XmppChannel channel) {
        return channel.capability(ContactList.class).orElseThrow();
    }

    private static XmppChannelFactory factory() {
        return new XmppChannelFactory(Runnable::run, TrustAnchors.system());
    }
}
