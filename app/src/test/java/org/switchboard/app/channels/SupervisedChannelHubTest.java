package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.channels.xmpp.PeerClient;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;

/** The hub against a real Prosody and a slixmpp peer: presence, chat into the history, roster links, failures, trust. */
class SupervisedChannelHubTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "bob", "carol", "peer"), seeder -> {
        seeder.write("alice", List.of(new RosterSeeder.Item("peer@example.test", "Peer Person", "Friends", "both"),
                new RosterSeeder.Item("bob@example.test", "bob", "Work", "both")));
        seeder.write("bob", List.of(new RosterSeeder.Item("alice@example.test", "alice", "", "both")));
        seeder.write("peer", List.of(new RosterSeeder.Item("alice@example.test", "alice", "", "both")));
    });
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static final Endpoint BOB = xmpp("bob@example.test");
    private static PeerClient peer;

    @TempDir
    Path tmp;
    private HubFixture fixture;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = PeerClient.start(SERVER, "peer", false);
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
    void connectsSeesThePeersPresenceAndLinksTheRoster() throws Exception {
        fixture.repository.save(Person.named("Bobby Builder", BOB));
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();
        var changedBooks = new java.util.concurrent.CopyOnWriteArrayList<String>();
        hub.onAddressBookChanged(changedBooks::add);

        fixture.awaitState(alice.key(), ChannelState.Connected.class);
        Await.untilTrue("the address book announced as changed by the roster", () -> changedBooks.contains(alice.key()));
        Await.untilTrue("the peer available in the reach context",
                () -> hub.reachContext().statusOf(PEER).presence() == Presence.AVAILABLE);
        assertThat(hub.reachContext().usableKinds()).contains(EndpointKind.XMPP, EndpointKind.EMAIL);
        hub.firstSettled().get(10, TimeUnit.SECONDS);

        List<Person> peers = fixture.repository.findByAddress(EndpointKind.XMPP, PEER.address());
        assertThat(peers).singleElement().satisfies(p -> {
            assertThat(p.displayName()).isEqualTo("Peer Person");
            assertThat(p.categories()).containsExactly("Friends");
        });
        assertThat(fixture.repository.findByAddress(EndpointKind.XMPP, BOB.address())).singleElement().satisfies(p -> {
            assertThat(p.displayName()).as("linked, not duplicated").isEqualTo("Bobby Builder");
            assertThat(p.categories()).containsExactly("Work");
        });
    }

    @Test
    void aHubHoldingItsEventsConnectsBeforeAnyoneListensAndMissesNothing() throws Exception {
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        try (SupervisedChannelHub hub = SupervisedChannelHub.builder(() -> ChannelStores.of(fixture.repository), fixture.secrets)
                .factories(List.of(ChannelFactory.xmpp(org.switchboard.channels.xmpp.TrustAnchors.system())))
                .holdEventsUntilListening().build()) {
            hub.start();
            Await.untilTrue("alice connected and her roster linked while nobody listens",
                    () -> hub.firstSettled().isDone() && hub.accounts().stream().anyMatch(s -> s.state() instanceof ChannelState.Connected));
            List<AccountStatus> heard = new CopyOnWriteArrayList<>();
            List<String> addressBook = new CopyOnWriteArrayList<>();
            hub.onAccountStatus(heard::add);
            hub.onAddressBookChanged(addressBook::add);
            assertThat(heard).as("held until the listeners say they listen").isEmpty();

            hub.listening();

            Await.untilTrue("the held statuses delivered", () -> heard.stream().anyMatch(s -> s.state() instanceof ChannelState.Connected));
            assertThat(heard.stream().map(s -> s.state().getClass().getSimpleName()).distinct().toList())
                    .as("in the order they happened").containsSubsequence("Connecting", "Connected");
            assertThat(addressBook).as("the roster linked while nobody listened").contains(alice.key());
            hub.listening(); // a second call changes nothing
        }
    }

    @Test
    void chatBothWaysIsRecordedInTheHistoryExactlyOnce() throws Exception {
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();
        List<MessageRecord> seen = new CopyOnWriteArrayList<>();
        hub.onMessage(seen::add);
        fixture.awaitState(alice.key(), ChannelState.Connected.class);

        MessageRecord sent = hub.send(PEER, "hello from the hub").get(10, TimeUnit.SECONDS);
        // acknowledged by the server; the peer's receipt may have been handled first (it takes one hop less)
        assertThat(sent.delivery()).isIn(DeliveryState.ACKED, DeliveryState.DELIVERED);
        peer.await("the hub's message at the peer", e -> "hello from the hub".equals(e.get("body")));
        Await.untilTrue("the peer's receipt recorded", () -> seen.stream()
                .anyMatch(m -> m.direction() == Direction.OUT && m.delivery() == DeliveryState.DELIVERED));

        String stanza = "<message to='alice@example.test' type='chat' id='dup-1'><body>hello hub, twice</body>"
                + "<origin-id xmlns='urn:xmpp:sid:0' id='dup-1'/></message>";
        peer.raw(stanza);
        peer.raw(stanza);
        peer.send("alice@example.test", "the last one", false);
        Await.untilTrue("the peer's last message", () -> seen.stream().anyMatch(m -> m.body().equals("the last one")));

        assertThat(seen).filteredOn(m -> m.body().equals("hello hub, twice")).hasSize(1);
        assertThat(fixture.repository.messageHistory().search("hello hub twice", 10)).hasSize(1);
        assertThat(fixture.repository.messageHistory().search("hello from the hub", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.message().delivery()).isEqualTo(DeliveryState.DELIVERED));
        List<DeliveryState> states = seen.stream()
                .filter(m -> m.direction() == Direction.OUT && m.body().equals("hello from the hub"))
                .map(MessageRecord::delivery).toList();
        // the peer's receipt may overtake the server's ack: then ACKED is skipped, never announced after DELIVERED
        assertThat(states).as("the hub's message (the archive catch-up may bring this account's earlier ones too)")
                .isIn(List.of(DeliveryState.QUEUED, DeliveryState.ACKED, DeliveryState.DELIVERED),
                        List.of(DeliveryState.QUEUED, DeliveryState.DELIVERED));
    }

    @Test
    void aWrongPasswordFailsWithoutRetriesWhileAnotherAccountWorks() throws Exception {
        var carol = fixture.account("carol", true, "not her password");
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();

        fixture.awaitState(alice.key(), ChannelState.Connected.class);
        AccountStatus failed = fixture.awaitState(carol.key(), ChannelState.Failed.class);
        hub.firstSettled().get(10, TimeUnit.SECONDS);

        assertThat(((ChannelState.Failed) failed.state()).reason()).contains("refused the user name or password");
        assertThat(fixture.states(carol.key())).filteredOn(ChannelState.Connecting.class::isInstance).hasSize(1);
        assertThat(fixture.scheduler.pending()).as("no retry scheduled").isZero();
        assertThat(hub.send(PEER, "still works").get(10, TimeUnit.SECONDS).account()).isEqualTo(alice.address());
    }

    @Test
    void aMissingPasswordFailsWithoutRetriesWhileAnotherAccountWorks() throws Exception {
        var carol = fixture.account("carol", true, "her password");
        fixture.secrets.delete(carol.key());
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        SupervisedChannelHub hub = fixture.start();

        AccountStatus failed = fixture.awaitState(carol.key(), ChannelState.Failed.class);
        fixture.awaitState(alice.key(), ChannelState.Connected.class);
        hub.firstSettled().get(10, TimeUnit.SECONDS);
        assertThat(hub.send(PEER, "still works").get(10, TimeUnit.SECONDS).account()).isEqualTo(alice.address());

        assertThat(((ChannelState.Failed) failed.state()).reason()).contains("No password is stored for " + carol.key());
        assertThat(fixture.states(carol.key())).as("the attempt started before the look-up ends with it")
                .last().isInstanceOf(ChannelState.Failed.class);
        assertThat(fixture.scheduler.pending()).as("no retry scheduled").isZero();
    }

    @Test
    void anUntrustedCertificateFailsWithItsFingerprintUntilTrusted() throws Exception {
        var alice = fixture.account("alice", false, ProsodyServer.PASSWORD);
        String expected = CertificateFingerprint.of(SERVER.certificate());
        SupervisedChannelHub hub = fixture.start();

        AccountStatus refused = fixture.awaitState(alice.key(), ChannelState.Failed.class);
        assertThat(refused.untrustedFingerprint()).contains(expected);
        assertThat(fixture.scheduler.pending()).isZero();

        hub.trust(alice.key(), expected);

        AccountStatus connected = fixture.awaitState(alice.key(), ChannelState.Connected.class);
        assertThat(connected.untrustedFingerprint()).isEmpty();
        assertThat(fixture.repository.accounts().find(EndpointKind.XMPP, alice.address()).orElseThrow().trustedFingerprints())
                .containsExactly(expected);
    }

    private static Endpoint xmpp(String address) {
        return Addresses.parse(EndpointKind.XMPP, address);
    }
}
