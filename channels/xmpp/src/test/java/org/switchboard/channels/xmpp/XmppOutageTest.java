package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.channels.xmpp.XmppMessagingTest.mutual;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ArchiveSync.Query;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Direction;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Received;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.api.Messaging.SendReceipt;
import org.switchboard.contacts.Endpoint;

/**
 * The outage: Prosody is killed with SIGKILL mid-conversation and started again; both
 * sides keep sending; after connect() (as the supervisor will call it) and a MAM catch-up from the
 * last archive id each side had seen, every numbered message has arrived exactly once after
 * de-duplication by origin-id, and none was lost.
 */
class XmppOutageTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "bob"), seeder -> {
        seeder.write("alice", List.of(mutual("bob")));
        seeder.write("bob", List.of(mutual("alice")));
    });
    private static final Endpoint ALICE = xmpp("alice@example.test");
    private static final Endpoint BOB = xmpp("bob@example.test");
    private static final int PER_PHASE = 5;

    @Test
    void everyMessageSentDuringAndAfterAKilledServerArrivesExactlyOnce() throws Exception {
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).withSendDeadline(Duration.ofSeconds(60));
        Side alice = new Side("a", factory.create(SERVER.pinnedAccount("alice")), BOB);
        Side bob = new Side("b", factory.create(SERVER.pinnedAccount("bob")), ALICE);
        try (alice.channel; bob.channel) {
            alice.channel.connect().get(10, TimeUnit.SECONDS);
            bob.channel.connect().get(10, TimeUnit.SECONDS);

            List<CompletableFuture<SendReceipt>> sends = new ArrayList<>();
            sends.addAll(alice.sendRange(1, PER_PHASE));
            sends.addAll(bob.sendRange(1, PER_PHASE));
            alice.awaitReceived("b", PER_PHASE);
            bob.awaitReceived("a", PER_PHASE);
            String aliceAnchor = alice.lastServerId();
            String bobAnchor = bob.lastServerId();

            sends.addAll(alice.sendRange(PER_PHASE + 1, 2 * PER_PHASE)); // in flight when the server dies
            sends.addAll(bob.sendRange(PER_PHASE + 1, 2 * PER_PHASE));
            SERVER.kill();
            sends.addAll(alice.sendRange(2 * PER_PHASE + 1, 2 * PER_PHASE + 1)); // before the client notices
            sends.addAll(bob.sendRange(2 * PER_PHASE + 1, 2 * PER_PHASE + 1));
            alice.awaitState(ChannelState.Interrupted.class);
            bob.awaitState(ChannelState.Interrupted.class);
            List<CompletableFuture<SendReceipt>> whileDown = new ArrayList<>(alice.sendRange(2 * PER_PHASE + 2, 3 * PER_PHASE));
            whileDown.addAll(bob.sendRange(2 * PER_PHASE + 2, 3 * PER_PHASE));
            assertThat(whileDown).noneMatch(CompletableFuture::isDone);
            sends.addAll(whileDown);

            SERVER.restart();
            alice.channel.connect().get(15, TimeUnit.SECONDS);
            bob.channel.connect().get(15, TimeUnit.SECONDS);
            sends.addAll(alice.sendRange(3 * PER_PHASE + 1, 4 * PER_PHASE));
            sends.addAll(bob.sendRange(3 * PER_PHASE + 1, 4 * PER_PHASE));
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(sends).allMatch(f -> !f.isCompletedExceptionally());

            alice.assertEveryMessageOnce("b", aliceAnchor);
            bob.assertEveryMessageOnce("a", bobAnchor);
            assertThat(alice.states.events()).extracting(s -> s.getClass().getSimpleName())
                    .containsExactly("Connecting", "Connected", "Interrupted", "Connecting", "Connected");
        }
    }

    @Test
    void aMessageQueuedLongerThanItsDeadlineFailsWithTimeoutAndADisconnectedChannelRefusesAtOnce() throws Exception {
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).withSendDeadline(Duration.ofMillis(500));
        Side alice = new Side("t", factory.create(SERVER.pinnedAccount("alice")), BOB);
        try (alice.channel) {
            alice.channel.connect().get(10, TimeUnit.SECONDS);
            SERVER.kill();
            try {
                alice.awaitState(ChannelState.Interrupted.class);
                var queued = alice.sendRange(1, 1).getFirst();
                assertThatThrownBy(() -> queued.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ChannelException.Timeout.class);
            } finally {
                SERVER.restart();
            }
            alice.channel.disconnect().get(10, TimeUnit.SECONDS);
            assertThat(alice.channel.state()).isEqualTo(new ChannelState.Disconnected());
            var refused = alice.sendRange(2, 2).getFirst();
            assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ChannelException.NotConnected.class);
        }
    }

    @Test
    void aShortNetworkLossResumesTheStreamAndNothingIsLostOrRepeated() throws Exception {
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system());
        try (CuttableProxy network = new CuttableProxy(SERVER.port())) {
            Side alice = new Side("r", factory.create(SERVER.pinnedAccount("alice").withServer("127.0.0.1", network.port())), BOB);
            Side bob = new Side("s", factory.create(SERVER.pinnedAccount("bob")), ALICE);
            try (alice.channel; bob.channel) {
                alice.channel.connect().get(10, TimeUnit.SECONDS);
                bob.channel.connect().get(10, TimeUnit.SECONDS);
                assertThat(alice.channel.resumed()).isFalse();

                network.cut();
                alice.awaitState(ChannelState.Interrupted.class);
                List<CompletableFuture<SendReceipt>> sends = new ArrayList<>(bob.sendRange(1, PER_PHASE));
                sends.addAll(alice.sendRange(1, 2));
                alice.channel.connect().get(10, TimeUnit.SECONDS);
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

                assertThat(alice.channel.resumed()).as("the stream was resumed, not opened anew").isTrue();
                alice.awaitReceived("s", PER_PHASE);
                bob.awaitReceived("r", 2);
                assertThat(alice.received()).extracting(Received::body).containsExactly("s1", "s2", "s3", "s4", "s5");
                assertThat(bob.received()).extracting(Received::body).containsExactly("r1", "r2");
            }
        }
    }

    /** One side of the conversation and what it saw. */
    private static final class Side {
        final String prefix;
        final XmppChannel channel;
        final Endpoint other;
        final Recorder<MessageEvent> messages = new Recorder<>();
        final Recorder<ChannelState> states = new Recorder<>();

        Side(String prefix, XmppChannel channel, Endpoint other) {
            this.prefix = prefix;
            this.channel = channel;
            this.other = other;
            channel.capability(MessageEvents.class).orElseThrow().onMessageEvent(messages);
            channel.onStateChange(states);
        }

        List<CompletableFuture<SendReceipt>> sendRange(int from, int to) {
            Messaging messaging = channel.capability(Messaging.class).orElseThrow();
            return IntStream.rangeClosed(from, to).mapToObj(i -> messaging.send(other, prefix + i)).toList();
        }

        void awaitReceived(String otherPrefix, int n) {
            messages.await(otherPrefix + n, Received.class, r -> r.body().equals(otherPrefix + n));
        }

        void awaitState(Class<? extends ChannelState> type) {
            states.await(type.getSimpleName(), type, s -> true);
        }

        String lastServerId() {
            return received().getLast().serverId();
        }

        List<Received> received() {
            return messages.events().stream().filter(Received.class::isInstance).map(Received.class::cast)
                    .filter(r -> r.direction() == Direction.IN).toList();
        }

        void assertEveryMessageOnce(String otherPrefix, String anchor) throws Exception {
            List<Received> live = received();
            List<Received> archived = Archives.catchUp(channel, Query.afterId(anchor)).stream()
                    .filter(r -> r.direction() == Direction.IN).toList();
            List<Received> all = new ArrayList<>(live);
            all.addAll(archived);
            Map<String, Received> byOrigin = new LinkedHashMap<>();
            all.forEach(r -> byOrigin.putIfAbsent(r.originId(), r));
            Map<String, Long> bodies = byOrigin.values().stream().collect(Collectors.groupingBy(Received::body, Collectors.counting()));
            List<String> expected = IntStream.rangeClosed(1, 4 * PER_PHASE).mapToObj(i -> otherPrefix + i).toList();
            System.out.printf("Outage, %s: %d live + %d archived events for %d messages; %d duplicate(s) before de-duplication by"
                    + " origin-id (live alone: %d)%n", channel.account(), live.size(), archived.size(), expected.size(),
                    all.size() - byOrigin.size(), live.size() - live.stream().map(Received::originId).distinct().count());
            assertThat(bodies.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(bodies).allSatisfy((body, count) -> assertThat(count).as(body).isEqualTo(1L));
            assertThat(archived.stream().map(Received::body).filter(expected::contains).distinct().toList())
                    .as("the catch-up from the last seen archive id has every message from after it")
                    .containsAll(expected.subList(PER_PHASE, expected.size()));
        }
    }
}
