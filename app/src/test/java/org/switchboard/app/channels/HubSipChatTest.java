package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.sip.SipChannel;
import org.switchboard.channels.sip.SipChannelFactory;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.channels.sip.SipTrust;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.Presence;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * SIP as a chat channel through the hub, against a real Kamailio: the hub asks (OPTIONS) whether a
 * person's SIP address takes messages, sends SIP MESSAGE to baresip (a client that is not ours),
 * stores what another SIP client sends, and knows that SIP messages cannot be corrected.
 */
class HubSipChatTest {
    @RegisterExtension
    static final KamailioServer KAMAILIO = new KamailioServer("alice", "bob", "carol");
    private static final String ALICE = "sip:alice@" + KamailioServer.DOMAIN;
    private static final Endpoint BOB = Addresses.parse(EndpointKind.SIP, "sip:bob@" + KamailioServer.DOMAIN);
    private static final Endpoint NOBODY = Addresses.parse(EndpointKind.SIP, "sip:nobody@" + KamailioServer.DOMAIN);
    private static final SignallingOnlyMedia MEDIA = new SignallingOnlyMedia();

    @TempDir
    static Path tmp;
    private static SqlitePersonRepository repository;
    private static SupervisedChannelHub hub;
    private static BaresipPeer bob;
    private static SipChannel carol;
    private static final List<EndpointStatus> presence = new CopyOnWriteArrayList<>();
    private static final List<MessageRecord> announced = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        bob = BaresipPeer.named("bob").registeringAt(KAMAILIO, SipTransport.UDP).start();
        carol = new SipChannelFactory(Runnable::run, MEDIA, SipTrust.system()).create(KAMAILIO.account("carol", SipTransport.UDP));
        carol.connect().get(10, TimeUnit.SECONDS);
        repository = SqlitePersonRepository.open(tmp.resolve("switchboard.db"));
        repository.save(Person.named("Bob Baresip", BOB));
        repository.accounts().save(new Account(EndpointKind.SIP, ALICE, "127.0.0.1:" + KAMAILIO.port(), "udp", true, List.of()));
        MapSecretStore secrets = new MapSecretStore();
        secrets.store(ALICE, KamailioServer.PASSWORD.toCharArray());
        hub = SupervisedChannelHub.builder(() -> ChannelStores.of(repository), secrets)
                .factories(List.of(ChannelFactory.sip(SipTrust.system(), () -> MEDIA))).clock(Clock.systemUTC()).build();
        hub.onPresence(presence::add);
        hub.onMessage(announced::add);
        hub.start();
        Await.until("alice registered", () -> hub.accounts().stream()
                .filter(s -> s.state() instanceof ChannelState.Connected).findFirst());
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (carol != null) {
            carol.close();
        }
        if (bob != null) {
            bob.close();
        }
        if (repository != null) {
            repository.close();
        }
        MEDIA.close();
    }

    @Test
    void aProbeShowsThatBobsClientTakesMessagesAndSomeoneNotSignedInIsOffline() {
        hub.probe(BOB);
        hub.probe(NOBODY);

        EndpointStatus bobs = Await.until("bob's status", () -> presence.stream().filter(s -> s.endpoint().equals(BOB)).findFirst());
        assertThat(bobs.presence()).isEqualTo(Presence.AVAILABLE);
        assertThat(bobs.can(Capability.TEXT_CHAT)).isTrue();
        assertThat(hub.reachContext().statusOf(BOB)).isEqualTo(bobs);
        EndpointStatus nobodys = Await.until("nobody's status", () -> presence.stream()
                .filter(s -> s.endpoint().equals(NOBODY)).findFirst());
        assertThat(nobodys.presence()).isEqualTo(Presence.OFFLINE);
    }

    @Test
    void aMessageToBaresipIsAcknowledgedByItAndStored() throws Exception {
        MessageRecord sent = hub.send(BOB, "Hello Bob, over SIP ✓").get(10, TimeUnit.SECONDS);

        assertThat(sent.delivery()).as("at least acknowledged").isIn(DeliveryState.ACKED, DeliveryState.DELIVERED);
        assertThat(sent.account()).isEqualTo(ALICE);
        // baresip's device answered 200 itself: the message reached it
        Await.until("the message stored as delivered", () -> repository.messageHistory().timeline(Conversation.with(BOB), null, 10)
                .stream().filter(MessageRecord.class::isInstance).map(MessageRecord.class::cast)
                .filter(m -> m.body().equals("Hello Bob, over SIP ✓") && m.delivery() == DeliveryState.DELIVERED).findFirst());
        Await.until("the delivery announced", () -> announced.stream()
                .filter(m -> m.body().equals("Hello Bob, over SIP ✓") && m.delivery() == DeliveryState.DELIVERED).findFirst());
        assertThat(hub.canCorrect(BOB)).as("SIP MESSAGE has no corrections").isFalse();
    }

    @Test
    void aMessageFromAnotherSipClientIsStoredAndAnnounced() throws Exception {
        carol.capability(Messaging.class).orElseThrow().send(Addresses.parse(EndpointKind.SIP, ALICE), "Hi Alice, it's Carol")
                .get(10, TimeUnit.SECONDS);

        MessageRecord received = Await.until("carol's message announced", () -> announced.stream()
                .filter(m -> m.body().equals("Hi Alice, it's Carol")).findFirst());
        assertThat(received.direction()).isEqualTo(Direction.IN);
        assertThat(received.peer()).isEqualTo(Addresses.parse(EndpointKind.SIP, "sip:carol@" + KamailioServer.DOMAIN));
    }
}
