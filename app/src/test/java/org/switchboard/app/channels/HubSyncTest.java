package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.Channel;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.xmpp.DiscoQueries;
import org.switchboard.channels.xmpp.PeerClient;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.channels.xmpp.XmppChannelFactory;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.settings.ProfileSettings;

/**
 * Keeping the history whole across restarts and devices, against Prosody: the archive catch-up
 * (MAM) at every connect, carbons from the user's other device, entity caps kept in the profile,
 * typing notifications and last-message corrections.
 */
class HubSyncTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "bob", "dave", "erin", "frank", "peer"), seeder -> {
        for (String user : List.of("alice", "dave", "erin", "frank")) {
            seeder.write(user, List.of(new RosterSeeder.Item("peer@example.test", "Peer", "", "both")));
        }
        seeder.write("peer", List.of(both("alice"), both("dave"), both("erin"), both("frank")));
    });
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static final Endpoint BOB = xmpp("bob@example.test");
    private static final XmppChannelFactory DEVICES = new XmppChannelFactory(Runnable::run, TrustAnchors.system());
    private static PeerClient peer;

    @TempDir
    Path tmp;
    private HubFixture fixture;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = PeerClient.start(SERVER, "peer", true);
    }

    @AfterAll
    static void stopPeer() throws Exception {
        peer.close();
    }

    @BeforeEach
    void profile() {
        fixture = new HubFixture(SERVER, tmp);
    }

    @AfterEach
    void closeHub() {
        fixture.close();
    }

    @Test
    void messagesMissedWhileStoppedComeFromTheArchiveOnceAndRestartsAddNoDuplicates() throws Exception {
        Account alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();
        fixture.awaitState(alice.key(), ChannelState.Connected.class);
        hub.send(PEER, "before stopping").get(10, TimeUnit.SECONDS);
        fixture.stopHub();

        List<String> missed = List.of("missed 1", "missed 2", "missed 3");
        sendAs("bob", xmpp(alice.address()), missed);
        String fromPhone = sendAs("alice", PEER, List.of("from the phone, while the laptop was off"));

        MessageRecord phone = awaitCaughtUp(fixture.start(), alice, PEER, "from the phone, while the laptop was off");
        assertThat(phone.direction()).isEqualTo(Direction.OUT);
        assertThat(phone.originId()).isEqualTo(fromPhone);
        assertThat(phone.unread()).isFalse();
        for (String body : missed) {
            assertThat(stored(alice, BOB, body)).as(body).hasSize(1).allSatisfy(m -> assertThat(m.direction()).isEqualTo(Direction.IN));
            assertThat(fixture.announced).as("announced " + body).filteredOn(m -> m.body().equals(body)).hasSize(1);
        }
        assertThat(fixture.announced).filteredOn(m -> m.body().equals(phone.body())).hasSize(1);

        fixture.stopHub();
        sendAs("bob", xmpp(alice.address()), List.of("missed 4"));
        awaitCaughtUp(fixture.start(), alice, BOB, "missed 4");

        fixture.stopHub();
        fixture.repository.settings().remove(ArchiveCatchUp.lastIdKey(alice.key()));
        awaitCaughtUp(fixture.start(), alice, BOB, "missed 4");
        assertThat(fixture.announced).as("reading the whole archive again announces nothing").isEmpty();
        for (String body : List.of("missed 1", "missed 2", "missed 3", "missed 4")) {
            assertThat(stored(alice, BOB, body)).as(body + " after two restarts").hasSize(1);
        }
        assertThat(stored(alice, PEER, phone.body())).hasSize(1);
        assertThat(stored(alice, PEER, "before stopping")).hasSize(1)
                .allSatisfy(m -> assertThat(m.stanzaId()).as("the archive id merged into our own message").isNotNull());
    }

    @Test
    void aMessageSentFromTheOtherDeviceIsStoredOnceAsOutgoing() throws Exception {
        Account dave = fixture.account("dave", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();
        fixture.awaitState(dave.key(), ChannelState.Connected.class);
        hub.firstSettled().get(10, TimeUnit.SECONDS);

        String id;
        try (Channel phone = DEVICES.create(SERVER.pinnedAccount("dave"))) {
            phone.connect().get(10, TimeUnit.SECONDS);
            id = phone.capability(Messaging.class).orElseThrow().send(PEER, "sent on the phone").get(10, TimeUnit.SECONDS).messageId();
            peer.await("the phone's message at the peer", e -> "sent on the phone".equals(e.get("body")));
        }

        MessageRecord copy = Await.until("the carbon in the history", () -> stored(dave, PEER, "sent on the phone").stream().findFirst());
        assertThat(copy.direction()).isEqualTo(Direction.OUT);
        assertThat(copy.originId()).isEqualTo(id);
        assertThat(copy.delivery()).as("the server had it; the peer's receipt may already have confirmed it too")
                .isIn(DeliveryState.ACKED, DeliveryState.DELIVERED);
        assertThat(fixture.announced).filteredOn(m -> m.body().equals("sent on the phone")).hasSize(1)
                .allSatisfy(m -> assertThat(m.direction()).isEqualTo(Direction.OUT));

        fixture.stopHub();
        awaitCaughtUp(fixture.start(), dave, PEER, "sent on the phone");
        assertThat(stored(dave, PEER, "sent on the phone")).as("the carbon and the archive's copy are one message").hasSize(1);
    }

    @Test
    void aSecondStartWithTheSameProfileAsksThePeersClientNothing() throws Exception {
        Account erin = fixture.account("erin", true, ProsodyServer.PASSWORD);
        int first = queriesWhileLearningThePeersCapabilities();
        fixture.stopHub();
        int second = queriesWhileLearningThePeersCapabilities();
        System.out.printf("disco#info queries to the peer: %d at the first start, %d at the second%n", first, second);
        assertThat(first).as("queries at the first start of %s", erin.key()).isPositive();
        assertThat(second).as("queries at the second start with the same profile").isZero();
    }

    @Test
    void theRosterIsKeptInTheProfileWithItsVersionAndGoesWithTheAccount() throws Exception {
        Account erin = fixture.account("erin", true, ProsodyServer.PASSWORD);
        String key = erin.settingsPrefix() + ProfileRosterCache.KEY;
        fixture.start().firstSettled().get(10, TimeUnit.SECONDS);
        String kept = Await.until("erin's roster kept in the profile", () -> fixture.repository.settings().get(key));
        assertThat(kept).contains("peer@example.test").contains("ver=");

        fixture.stopHub();
        fixture.start().firstSettled().get(10, TimeUnit.SECONDS);

        assertThat(fixture.repository.findByAddress(EndpointKind.XMPP, PEER.address())).as("linked once, from the kept roster").hasSize(1);
        assertThat(fixture.repository.settings().get(key)).as("the server's version unchanged: nothing rewritten").contains(kept);
        fixture.stopHub();
        fixture.repository.accounts().remove(EndpointKind.XMPP, erin.address());
        assertThat(fixture.repository.settings().get(key)).as("removed with the account").isEmpty();
    }

    @Test
    void typingGoesBothWaysAndCorrectionsReplaceTheStoredText() throws Exception {
        Account frank = fixture.account("frank", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();
        List<ChatStateEvent> states = new CopyOnWriteArrayList<>();
        hub.onChatState(states::add);
        fixture.awaitState(frank.key(), ChannelState.Connected.class);
        hub.firstSettled().get(10, TimeUnit.SECONDS);

        peer.raw("<message to='frank@example.test' type='chat'><composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
        Await.untilTrue("the peer typing", () -> states.contains(new ChatStateEvent(PEER, ChatStates.State.COMPOSING)));
        hub.sendChatState(PEER, ChatStates.State.COMPOSING).get(10, TimeUnit.SECONDS);

        hub.send(PEER, "helo wrold").get(10, TimeUnit.SECONDS);
        MessageRecord corrected = hub.correctLast(PEER, "hello world").get(10, TimeUnit.SECONDS);
        assertThat(corrected.body()).isEqualTo("hello world");
        assertThat(corrected.originalBody()).isEqualTo("helo wrold");
        peer.await("the correction at the peer", e -> "hello world".equals(e.get("body")));
        assertThat(stored(frank, PEER, "hello world")).hasSize(1).allSatisfy(m -> assertThat(m.corrected()).isTrue());
        assertThat(stored(frank, PEER, "helo wrold")).isEmpty();

        peer.raw("<message to='frank@example.test' type='chat' id='orig-1'><body>teh cat</body>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='orig-1'/></message>");
        Await.until("the peer's message", () -> stored(frank, PEER, "teh cat").stream().findFirst());
        peer.raw("<message to='frank@example.test' type='chat' id='fix-1'><body>the cat</body>"
                + "<replace xmlns='urn:xmpp:message-correct:0' id='orig-1'/><origin-id xmlns='urn:xmpp:sid:0' id='fix-1'/></message>");
        MessageRecord fixed = Await.until("the peer's correction", () -> stored(frank, PEER, "the cat").stream().findFirst());
        assertThat(fixed.originId()).isEqualTo("orig-1");
        assertThat(fixed.originalBody()).isEqualTo("teh cat");
        assertThat(fixed.direction()).isEqualTo(Direction.IN);
        assertThat(fixture.announced).filteredOn(m -> "orig-1".equals(m.originId())).extracting(MessageRecord::body)
                .containsExactly("teh cat", "the cat");
    }

    /** Starts the hub with a channel that counts its disco#info queries to the peer; waits until the peer shows voice calls. */
    private int queriesWhileLearningThePeersCapabilities() {
        AtomicReference<AtomicInteger> queries = new AtomicReference<>(new AtomicInteger());
        ChannelFactory xmpp = ChannelFactory.xmpp(TrustAnchors.system());
        SupervisedChannelHub hub = fixture.start(new ChannelFactory() {
            @Override
            public EndpointKind kind() {
                return EndpointKind.XMPP;
            }

            @Override
            public Channel create(Account account, Supplier<char[]> password, Executor events) {
                throw new AssertionError("the hub creates channels with the profile's settings");
            }

            @Override
            public Channel create(Account account, Supplier<char[]> password, Executor events, ProfileSettings settings) {
                Channel channel = xmpp.create(account, password, events, settings);
                queries.set(DiscoQueries.countTo(channel, PEER.address()));
                return channel;
            }
        });
        Await.untilTrue("the peer with voice calls",
                () -> hub.reachContext().statusOf(PEER).capabilities().contains(Capability.VOICE_CALL));
        return queries.get().get();
    }

    /** Waits until the hub's first catch-up of {@code account} read to the end of the archive; then {@code body} is stored. */
    private MessageRecord awaitCaughtUp(SupervisedChannelHub hub, Account account, Endpoint peerOf, String body) {
        Await.untilTrue("the archive catch-up of " + account.key(), () -> hub.completedCatchUps(account.key()) > 0);
        List<MessageRecord> found = stored(account, peerOf, body);
        assertThat(found).as("'" + body + "' after the catch-up").hasSize(1);
        return found.getFirst();
    }

    /** Sends {@code bodies} from another device of {@code user}, each acknowledged by the server; returns the last id. */
    private static String sendAs(String user, Endpoint to, List<String> bodies) throws Exception {
        String id = "";
        try (Channel device = DEVICES.create(SERVER.pinnedAccount(user))) {
            device.connect().get(10, TimeUnit.SECONDS);
            for (String body : bodies) {
                id = device.capability(Messaging.class).orElseThrow().send(to, body).get(10, TimeUnit.SECONDS).messageId();
            }
        }
        return id;
    }

    private List<MessageRecord> stored(Account account, Endpoint with, String body) {
        return fixture.repository.messageHistory().timeline(Conversation.with(with), null, 500).stream()
                .filter(MessageRecord.class::isInstance).map(MessageRecord.class::cast)
                .filter(m -> m.account().equals(account.address()) && m.body().equals(body)).toList();
    }

    private static RosterSeeder.Item both(String user) {
        return new RosterSeeder.Item(user + "@example.test", user, "", "both");
    }

    private static Endpoint xmpp(String address) {
        return Addresses.parse(EndpointKind.XMPP, address);
    }
}
