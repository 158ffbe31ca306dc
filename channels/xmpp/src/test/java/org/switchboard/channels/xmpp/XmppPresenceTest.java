package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.channels.xmpp.XmppMessagingTest.mutual;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.channels.api.OwnPresence;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.Presence;

/** Presence both ways with a slixmpp peer that advertises Jingle audio. */
class XmppPresenceTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "peer"), seeder -> {
        seeder.write("alice", List.of(mutual("peer")));
        seeder.write("peer", List.of(mutual("alice")));
    });
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static final Recorder<EndpointStatus> STATUSES = new Recorder<>();
    private static XmppChannel alice;
    private static PeerClient peer;

    @BeforeAll
    static void connect() throws Exception {
        alice = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(SERVER.pinnedAccount("alice"));
        alice.capability(PresenceSource.class).orElseThrow().onPresence(STATUSES);
        alice.connect().get(10, TimeUnit.SECONDS);
        peer = PeerClient.start(SERVER, "peer", true);
    }

    @AfterAll
    static void disconnect() throws Exception {
        peer.close();
        alice.close();
    }

    @Test
    void thePeerIsAvailableAndCanTakeAVoiceCall() {
        EndpointStatus status = STATUSES.await("the peer's capabilities", EndpointStatus.class,
                s -> s.endpoint().equals(PEER) && s.capabilitiesKnown() && s.presence().isOnline());

        assertThat(status.capabilities()).contains(Capability.TEXT_CHAT, Capability.VOICE_CALL);
    }

    @ParameterizedTest
    @CsvSource({"away,Gone fishing,AWAY", "xa,On holiday,EXTENDED_AWAY", "dnd,In a meeting,BUSY", "chat,Talk to me,CHAT",
        "available,Back,AVAILABLE", "unavailable,Bye,OFFLINE"})
    void thePeersShowMapsToTheRankedScale(String show, String text, Presence expected) throws Exception {
        peer.presence(show, text);

        EndpointStatus status = STATUSES.await("the peer " + show, EndpointStatus.class,
                s -> s.endpoint().equals(PEER) && s.statusText().equals(text));
        assertThat(status.presence()).isEqualTo(expected);
        peer.presence("available", "");
    }

    @ParameterizedTest
    @CsvSource({"AWAY,Lunch,away", "BUSY,In a meeting until 15:00,dnd", "AVAILABLE,Here,available", "INVISIBLE,Hidden,unavailable"})
    void thePeerSeesOurOwnStatus(OwnStatus.Mode mode, String message, String show) throws Exception {
        alice.capability(OwnPresence.class).orElseThrow().publish(new OwnStatus(mode, message)).get(10, TimeUnit.SECONDS);

        Map<String, String> seen = peer.await("alice " + mode, e -> "presence".equals(e.get("event"))
                && e.get("frm").startsWith("alice@") && message.equals(e.get("status")));
        assertThat(seen.get("show")).isEqualTo(show);
        alice.capability(OwnPresence.class).orElseThrow().publish(OwnStatus.AVAILABLE).get(10, TimeUnit.SECONDS);
    }

    @Test
    void goingInvisibleShowsContactsOfflineUntilTheServerSendsTheirPresenceAgain() throws Exception {
        STATUSES.await("the peer online", EndpointStatus.class, s -> s.endpoint().equals(PEER) && s.presence().isOnline());
        OwnPresence own = alice.capability(OwnPresence.class).orElseThrow();
        int before = STATUSES.events().size();

        own.publish(new OwnStatus(OwnStatus.Mode.INVISIBLE, "")).get(10, TimeUnit.SECONDS);
        awaitAfter(before, "the peer offline while alice is invisible", s -> s.presence() == Presence.OFFLINE);
        int hidden = STATUSES.events().size();
        own.publish(OwnStatus.AVAILABLE).get(10, TimeUnit.SECONDS);
        awaitAfter(hidden, "the peer online again", s -> s.presence().isOnline());
    }

    private static void awaitAfter(int seen, String what, java.util.function.Predicate<EndpointStatus> match) {
        Await.until(what, () -> {
            List<EndpointStatus> all = STATUSES.events();
            return all.subList(seen, all.size()).stream().filter(s -> s.endpoint().equals(PEER) && match.test(s)).findFirst();
        });
    }

    @Test
    void ownStatusChosenWhileOfflineIsSentAtLogin() throws Exception {
        try (XmppChannel second = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(SERVER.pinnedAccount("alice"))) {
            second.capability(OwnPresence.class).orElseThrow().publish(new OwnStatus(OwnStatus.Mode.AWAY, "Second device")).join();
            second.connect().get(10, TimeUnit.SECONDS);

            peer.await("the second device's status", e -> "presence".equals(e.get("event"))
                    && "Second device".equals(e.get("status")) && "away".equals(e.get("show")));
        }
    }
}
