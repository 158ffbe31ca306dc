package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.channels.xmpp.XmppMessagingTest.mutual;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.PresenceSource;
import org.switchboard.contacts.Capability;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointStatus;

/** Entity caps (XEP-0115) kept in the app's {@link CapsCache}: a known client version costs no disco#info query. */
class XmppCapsCacheTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "peer"), seeder -> {
        seeder.write("alice", List.of(mutual("peer")));
        seeder.write("peer", List.of(mutual("alice")));
    });
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static PeerClient peer;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = PeerClient.start(SERVER, "peer", true);
    }

    @AfterAll
    static void stopPeer() throws Exception {
        peer.close();
    }

    @Test
    void aSecondLoginWithTheSameCacheAsksThePeersClientNothing() throws Exception {
        ProfileCache profile = new ProfileCache();

        int first = queriesToPeerWhileLearningItsCapabilities(profile);
        assertThat(first).as("disco#info queries to the peer on the first login: one per client version seen")
                .isPositive().isEqualTo(profile.entries.size());

        int second = queriesToPeerWhileLearningItsCapabilities(profile);
        assertThat(second).as("disco#info queries to the peer on the second login, same cache").isZero();

        int fresh = queriesToPeerWhileLearningItsCapabilities(new ProfileCache());
        assertThat(fresh).as("control: a login with an empty cache asks again").isPositive();
        System.out.printf("disco#info queries to the peer: %d with an empty cache, %d with the same cache again, %d with a new one%n",
                first, second, fresh);
    }

    /** Logs alice in, waits until the peer shows voice calls, and counts disco#info queries sent to it. */
    private static int queriesToPeerWhileLearningItsCapabilities(CapsCache cache) throws Exception {
        AtomicInteger queries = new AtomicInteger();
        Recorder<EndpointStatus> statuses = new Recorder<>();
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).withCapsCache(cache);
        try (XmppChannel alice = factory.create(SERVER.pinnedAccount("alice"))) {
            alice.onNewConnection(connection -> connection.addStanzaSendingListener(
                    stanza -> queries.incrementAndGet(),
                    stanza -> stanza instanceof DiscoverInfo query && query.getType() == IQ.Type.get && stanza.getTo() != null
                            && stanza.getTo().asBareJid().toString().equals(PEER.address())));
            alice.capability(PresenceSource.class).orElseThrow().onPresence(statuses);
            alice.connect().get(10, TimeUnit.SECONDS);
            statuses.await("the peer with voice calls", EndpointStatus.class,
                    s -> s.endpoint().equals(PEER) && s.capabilities().contains(Capability.VOICE_CALL));
        }
        return queries.get();
    }

    /** What the app keeps in its profile. */
    private static final class ProfileCache implements CapsCache {
        final Map<String, String> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String verification) {
            return Optional.ofNullable(entries.get(verification));
        }

        @Override
        public void put(String verification, String discoInfoXml) {
            entries.put(verification, discoInfoXml);
        }
    }
}
