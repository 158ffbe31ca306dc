package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.channels.xmpp.XmppMessagingTest.mutual;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ArchiveSync;
import org.switchboard.channels.api.ArchiveSync.Query;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Direction;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Received;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Endpoint;

/** Carbons (XEP-0280) between two devices of one account, and the MAM catch-up (XEP-0313) after being offline. */
class XmppHistoryTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "dave", "peer"), seeder -> {
        seeder.write("alice", List.of(mutual("peer")));
        seeder.write("dave", List.of(mutual("peer")));
        seeder.write("peer", List.of(mutual("alice"), mutual("dave")));
    });
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static final Endpoint DAVE = xmpp("dave@example.test");
    private static final XmppChannelFactory FACTORY = new XmppChannelFactory(Runnable::run, TrustAnchors.system());
    private static PeerClient peer;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = PeerClient.start(SERVER, "peer", false);
    }

    @AfterAll
    static void stopPeer() throws Exception {
        peer.close();
    }

    @Test
    void aMessageSentOnOneDeviceArrivesOnTheOtherAsOwnOutgoingWithItsIds() throws Exception {
        Recorder<MessageEvent> laptopEvents = new Recorder<>();
        Recorder<MessageEvent> phoneEvents = new Recorder<>();
        try (XmppChannel laptop = FACTORY.create(SERVER.pinnedAccount("alice"));
                XmppChannel phone = FACTORY.create(SERVER.pinnedAccount("alice"))) {
            connect(laptop, laptopEvents);
            connect(phone, phoneEvents);

            String id = laptop.capability(Messaging.class).orElseThrow().send(PEER, "from the laptop").get(10, TimeUnit.SECONDS)
                    .messageId();

            Received copy = phoneEvents.await("the carbon of the laptop's message", Received.class, r -> r.body().equals("from the laptop"));
            assertThat(copy.direction()).isEqualTo(Direction.OUT);
            assertThat(copy.fromOwnDevice()).isTrue();
            assertThat(copy.peer()).isEqualTo(PEER);
            assertThat(copy.originId()).isEqualTo(id);
            System.out.println("Sent carbon stanza-id: '" + copy.serverId() + "'");
            peer.await("the laptop's message at the peer", e -> "from the laptop".equals(e.get("body")));
            assertThat(laptopEvents.events()).noneMatch(e -> e instanceof Received r && r.body().equals("from the laptop"));
        }
    }

    @Test
    void aMessageToTheOtherDeviceArrivesAsAnIncomingCopyWithTheSameIds() throws Exception {
        Recorder<MessageEvent> laptopEvents = new Recorder<>();
        Recorder<MessageEvent> phoneEvents = new Recorder<>();
        try (XmppChannel laptop = FACTORY.create(SERVER.pinnedAccount("alice"));
                XmppChannel phone = FACTORY.create(SERVER.pinnedAccount("alice"))) {
            connect(laptop, laptopEvents);
            connect(phone, phoneEvents);

            peer.send(laptop.fullAddress(), "to the laptop only", false);

            Received direct = laptopEvents.await("the message at the laptop", Received.class, r -> r.body().equals("to the laptop only"));
            Received copy = phoneEvents.await("its carbon at the phone", Received.class, r -> r.body().equals("to the laptop only"));
            assertThat(copy.direction()).isEqualTo(Direction.IN);
            assertThat(copy.peer()).isEqualTo(PEER);
            assertThat(copy.originId()).isNotEmpty().isEqualTo(direct.originId());
            assertThat(copy.serverId()).isNotEmpty().isEqualTo(direct.serverId());
            assertThat(phoneEvents.events()).filteredOn(e -> e instanceof Received r && r.body().equals("to the laptop only")).hasSize(1);
        }
    }

    @Test
    void theCatchUpReturnsExactlyTheMessagesMissedWhileOfflineInOrderAndTheSameIdsAgain() throws Exception {
        String anchor;
        try (XmppChannel dave = FACTORY.create(SERVER.pinnedAccount("dave"))) {
            connect(dave, new Recorder<>());
            dave.capability(Messaging.class).orElseThrow().send(PEER, "before going offline").get(10, TimeUnit.SECONDS);
            anchor = Archives.lastId(dave);
            assertThat(anchor).isNotEmpty();
        }
        List<String> missed = IntStream.rangeClosed(1, 7).mapToObj(i -> "missed " + i).toList();
        for (String body : missed) {
            peer.send(DAVE.address(), body, false);
        }

        Recorder<MessageEvent> events = new Recorder<>();
        try (XmppChannel dave = FACTORY.create(SERVER.pinnedAccount("dave"))) {
            connect(dave, events);
            events.await("the last offline message delivered at login", Received.class, r -> r.body().equals("missed 7"));
            dave.capability(Messaging.class).orElseThrow().send(PEER, "back online").get(10, TimeUnit.SECONDS);

            List<Received> caughtUp = Archives.catchUp(dave, Query.afterId(anchor));
            assertThat(caughtUp).filteredOn(r -> r.direction() == Direction.IN).extracting(Received::body).containsExactlyElementsOf(missed);
            assertThat(caughtUp).filteredOn(r -> r.direction() == Direction.IN)
                    .allSatisfy(r -> {
                        assertThat(r.peer()).isEqualTo(PEER);
                        assertThat(r.serverId()).isNotEmpty();
                        assertThat(r.originId()).isNotEmpty();
                    });
            assertThat(caughtUp.getLast()).satisfies(r -> {
                assertThat(r.body()).isEqualTo("back online");
                assertThat(r.direction()).isEqualTo(Direction.OUT);
                assertThat(r.peer()).isEqualTo(PEER);
            });

            List<Received> inPagesOfTwo = Archives.catchUp(dave, new Query(java.util.Optional.of(anchor), java.util.Optional.empty(), 2));
            assertThat(inPagesOfTwo).extracting(Received::serverId).containsExactlyElementsOf(caughtUp.stream().map(Received::serverId).toList());
            List<Received> again = Archives.catchUp(dave, Query.afterId(anchor));
            assertThat(again).extracting(Received::serverId).containsExactlyElementsOf(caughtUp.stream().map(Received::serverId).toList());
            List<String> liveIds = events.events().stream().filter(Received.class::isInstance).map(Received.class::cast)
                    .filter(r -> r.body().startsWith("missed ")).map(Received::originId).toList();
            assertThat(caughtUp).filteredOn(r -> r.direction() == Direction.IN).extracting(Received::originId)
                    .as("the offline delivery and the archive name each message alike, so the store can drop repeats")
                    .containsExactlyElementsOf(liveIds);
        }
    }

    @Test
    void aCatchUpWhileOfflineFailsWithNotConnected() throws Exception {
        try (XmppChannel dave = FACTORY.create(SERVER.pinnedAccount("dave"))) {
            var page = dave.capability(ArchiveSync.class).orElseThrow().fetch(Query.afterId(""));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> page.get(10, TimeUnit.SECONDS))
                    .cause().isInstanceOf(org.switchboard.channels.api.ChannelException.NotConnected.class);
        }
    }

    private static void connect(XmppChannel channel, Recorder<MessageEvent> events) throws Exception {
        channel.capability(MessageEvents.class).orElseThrow().onMessageEvent(events);
        channel.connect().get(10, TimeUnit.SECONDS);
    }
}
