package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.api.ChatStates;
import org.switchboard.channels.api.Corrections;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent;
import org.switchboard.channels.api.Messaging;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;

/** One-to-one chat with a slixmpp peer and with a second XmppChannel, receipts, and bad input. */
class XmppMessagingTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "bob", "peer", "stranger"), seeder -> {
        seeder.write("alice", List.of(mutual("peer"), mutual("bob")));
        seeder.write("bob", List.of(mutual("alice")));
        seeder.write("peer", List.of(mutual("alice")));
    });
    private static final Endpoint ALICE = xmpp("alice@example.test");
    private static final Endpoint BOB = xmpp("bob@example.test");
    private static final Endpoint PEER = xmpp("peer@example.test");
    private static final Recorder<MessageEvent> ALICE_EVENTS = new Recorder<>();
    private static final Recorder<MessageEvent> BOB_EVENTS = new Recorder<>();
    private static XmppChannel alice;
    private static XmppChannel bob;
    private static PeerClient peer;

    @BeforeAll
    static void connect() throws Exception {
        var factory = new XmppChannelFactory(Runnable::run, TrustAnchors.system());
        alice = factory.create(SERVER.pinnedAccount("alice"));
        bob = factory.create(SERVER.pinnedAccount("bob"));
        alice.capability(MessageEvents.class).orElseThrow().onMessageEvent(ALICE_EVENTS);
        bob.capability(MessageEvents.class).orElseThrow().onMessageEvent(BOB_EVENTS);
        alice.connect().get(10, TimeUnit.SECONDS);
        bob.connect().get(10, TimeUnit.SECONDS);
        peer = PeerClient.start(SERVER, "peer", false);
    }

    @Test
    void smacksIdlePoolThreadsEndSoonAfterABurstOfMessages() throws Exception {
        for (int i = 0; i < 100; i++) {
            peer.send(ALICE.address(), "burst " + i, false);
        }
        ALICE_EVENTS.await("the burst's last message", MessageEvent.Received.class, r -> r.body().equals("burst 99"));
        // Smack runs each stanza's listeners on its shared pool; its own keep-alive would hold idle threads a minute.
        // The threads idle right now must end; threads a later task starts or reuses (another test class's
        // connection may still have work queued) are not this burst's.
        List<Thread> idle = smackPoolThreads().entrySet().stream().filter(e -> waitsForWork(e.getValue())).map(Map.Entry::getKey).toList();
        try {
            Await.untilTrue(idle.size() + " 'Smack Cached Executor' threads idle after the burst to end within their keep-alive of "
                    + SmackIdleThreads.KEEP_ALIVE, () -> idle.stream().noneMatch(Thread::isAlive));
        } catch (AssertionError e) {
            smackPoolThreads().forEach((thread, stack) -> e.addSuppressed(new AssertionError(thread + " " + thread.getState()
                    + " at " + Arrays.stream(stack).limit(8).map(String::valueOf).toList())));
            throw e;
        }
    }

    private static Map<Thread, StackTraceElement[]> smackPoolThreads() {
        var all = new HashMap<>(Thread.getAllStackTraces());
        all.keySet().removeIf(thread -> !thread.getName().equals("Smack Cached Executor"));
        return all;
    }

    /** A pool thread between tasks: waiting in the pool's queue, which the keep-alive ends. */
    private static boolean waitsForWork(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals(ThreadPoolExecutor.class.getName())
                && frame.getMethodName().equals("getTask"));
    }

    @AfterAll
    static void disconnect() throws Exception {
        peer.close();
        alice.close();
        bob.close();
    }

    @Test
    void aMessageToThePeerIsAcknowledgedByTheServerThenConfirmedByThePeer() throws Exception {
        Messaging.SendReceipt sent = messaging(alice).send(PEER, "hello peer").get(10, TimeUnit.SECONDS);

        var received = peer.await("the message at the peer", e -> "message".equals(e.get("event")) && "hello peer".equals(e.get("body")));
        assertThat(received.get("origin_id")).isEqualTo(sent.messageId());
        assertThat(received.get("receipt")).isEqualTo("true");
        ALICE_EVENTS.await("the peer's receipt", MessageEvent.Delivered.class,
                d -> d.peer().equals(PEER) && d.messageId().equals(sent.messageId()));
    }

    @Test
    void aMessageFromThePeerArrivesWithItsIdsAndTime() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        peer.send(ALICE.address(), "hello alice", true);

        var got = ALICE_EVENTS.await("the peer's message", MessageEvent.Received.class, r -> r.body().equals("hello alice"));
        assertThat(got.peer()).isEqualTo(PEER);
        assertThat(got.originId()).isNotEmpty();
        assertThat(got.serverId()).as("stanza-id from the server's archive (XEP-0359/0313)").isNotEmpty();
        assertThat(got.timestamp()).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(got.truncated()).isFalse();
        peer.await("alice's receipt", e -> "receipt".equals(e.get("event")));
    }

    @Test
    void aStrangerGetsNoReceiptThatWouldTellThemTheUserIsOnline() throws Exception {
        Endpoint strangerAddress = xmpp("stranger@example.test");
        Recorder<MessageEvent> strangerEvents = new Recorder<>();
        try (XmppChannel stranger = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(SERVER.pinnedAccount("stranger"))) {
            stranger.capability(MessageEvents.class).orElseThrow().onMessageEvent(strangerEvents);
            stranger.connect().get(10, TimeUnit.SECONDS);
            String asked = messaging(stranger).send(ALICE, "are you there?").get(10, TimeUnit.SECONDS).messageId();
            ALICE_EVENTS.await("the stranger's message", MessageEvent.Received.class, r -> r.body().equals("are you there?"));

            // A receipt would leave alice before her message is handed on, and her stream keeps its order.
            messaging(alice).send(strangerAddress, "who is this?").get(10, TimeUnit.SECONDS);
            strangerEvents.await("alice's message at the stranger", MessageEvent.Received.class, r -> r.body().equals("who is this?"));
            assertThat(strangerEvents.events()).noneMatch(e -> e instanceof MessageEvent.Delivered d && d.messageId().equals(asked));
        }
    }

    @Test
    void twoXmppChannelsChatBothWays() throws Exception {
        String toBob = messaging(alice).send(BOB, "hi bob").get(10, TimeUnit.SECONDS).messageId();
        BOB_EVENTS.await("alice's message at bob", MessageEvent.Received.class,
                r -> r.peer().equals(ALICE) && r.body().equals("hi bob") && r.originId().equals(toBob));
        messaging(bob).send(ALICE, "hi alice").get(10, TimeUnit.SECONDS);
        ALICE_EVENTS.await("bob's answer", MessageEvent.Received.class, r -> r.peer().equals(BOB) && r.body().equals("hi alice"));
        ALICE_EVENTS.await("bob's receipt", MessageEvent.Delivered.class, d -> d.peer().equals(BOB) && d.messageId().equals(toBob));
    }

    @Test
    void aOneMegabyteBodyIsDeliveredCutAndTheConnectionGoesOn() throws Exception {
        peer.sendRepeated(ALICE.address(), "x", 1024 * 1024);
        peer.send(ALICE.address(), "after the big one", false);

        var big = ALICE_EVENTS.await("the big message", MessageEvent.Received.class, MessageEvent.Received::truncated);
        assertThat(big.body()).hasSize(XmppMessaging.MAX_BODY_CHARS);
        ALICE_EVENTS.await("the next message", MessageEvent.Received.class, r -> r.body().equals("after the big one"));
        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
    }

    @Test
    void aMalformedStanzaIsDroppedAndTheConnectionGoesOn() throws Exception {
        peer.raw("<message to='alice@example.test' type='chat' id='malformed-1'><body>malformed</body>"
                + "<delay xmlns='urn:xmpp:delay' stamp='not a date'/></message>");
        peer.send(ALICE.address(), "after the malformed one", false);

        ALICE_EVENTS.await("the next message", MessageEvent.Received.class, r -> r.body().equals("after the malformed one"));
        assertThat(ALICE_EVENTS.events()).noneMatch(e -> e instanceof MessageEvent.Received r && r.body().equals("malformed"));
        assertThat(alice.state()).isEqualTo(new ChannelState.Connected());
    }

    @Test
    void aListenerThatThrowsDoesNotStopDelivery() throws Exception {
        try (AutoCloseable bad = alice.capability(MessageEvents.class).orElseThrow().onMessageEvent(e -> {
            throw new IllegalStateException("listener bug");
        })) {
            peer.send(ALICE.address(), "first despite the bug", false);
            peer.send(ALICE.address(), "second despite the bug", false);

            ALICE_EVENTS.await("the second message", MessageEvent.Received.class, r -> r.body().equals("second despite the bug"));
            assertThat(ALICE_EVENTS.events()).anyMatch(e -> e instanceof MessageEvent.Received r && r.body().equals("first despite the bug"));
        }
    }

    @Test
    void aCorrectionArrivesNamingTheMessageItReplaces() throws Exception {
        String original = messaging(alice).send(BOB, "helo bob").get(10, TimeUnit.SECONDS).messageId();
        alice.capability(Corrections.class).orElseThrow().correct(BOB, original, "hello bob").get(10, TimeUnit.SECONDS);

        var fixed = BOB_EVENTS.await("the correction", MessageEvent.Received.class, r -> r.body().equals("hello bob"));
        assertThat(fixed.isCorrection()).isTrue();
        assertThat(fixed.replacesId()).isEqualTo(original);
        assertThat(BOB_EVENTS.events()).anyMatch(e -> e instanceof MessageEvent.Received r && r.originId().equals(original)
                && !r.isCorrection());
    }

    @Test
    void typingIsToldToTheOtherSideInOrder() throws Exception {
        Recorder<ChatStates.Change> bobHears = new Recorder<>();
        try (AutoCloseable subscription = bob.capability(ChatStates.class).orElseThrow().onChatState(bobHears)) {
            ChatStates states = alice.capability(ChatStates.class).orElseThrow();
            states.send(BOB, ChatStates.State.COMPOSING).get(10, TimeUnit.SECONDS);
            states.send(BOB, ChatStates.State.PAUSED).get(10, TimeUnit.SECONDS);

            bobHears.await("paused", ChatStates.Change.class, c -> c.state() == ChatStates.State.PAUSED);
            assertThat(bobHears.events()).containsExactly(new ChatStates.Change(ALICE, ChatStates.State.COMPOSING),
                    new ChatStates.Change(ALICE, ChatStates.State.PAUSED));
        }
    }

    @Test
    void aTooLongMessageIsRefusedBeforeSending() {
        assertThatThrownBy(() -> messaging(alice).send(PEER, "y".repeat(XmppMessaging.MAX_BODY_CHARS + 1)).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(ChannelException.Unsupported.class);
    }

    private static Messaging messaging(XmppChannel channel) {
        return channel.capability(Messaging.class).orElseThrow();
    }

    static RosterSeeder.Item mutual(String user) {
        return new RosterSeeder.Item(user + "@example.test", user, "Friends", "both");
    }

    static Endpoint xmpp(String address) {
        return Addresses.parse(EndpointKind.XMPP, address);
    }

    static Duration deadline() {
        return Await.DEADLINE;
    }
}
