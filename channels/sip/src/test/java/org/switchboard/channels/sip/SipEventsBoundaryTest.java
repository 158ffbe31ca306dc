package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.api.Telephony;
import org.switchboard.channels.sip.testing.Await;
import org.switchboard.channels.sip.testing.SignallingOnlyMedia;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;

/** Every listener and future of the channel runs on the events executor the app gave, never on a SIP thread. */
class SipEventsBoundaryTest {
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-events"));
    private final SignallingOnlyMedia media = new SignallingOnlyMedia();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final List<SipChannel> channels = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        channels.forEach(SipChannel::close);
        events.shutdownNow();
        media.close();
    }

    private SipChannel direct(String user) throws Exception {
        SipChannel channel = new SipChannelFactory(events, media, SipTrust.system())
                .create(SipAccount.direct("sip:" + user + "@127.0.0.1", InetAddress.getLoopbackAddress(), 0));
        channels.add(channel);
        channel.onStateChange(s -> seen());
        watched(channel::connect).get(10, TimeUnit.SECONDS);
        return channel;
    }

    /**
     * {@code action}'s future, watched for the thread it completes on. The events executor is held
     * while the action runs and the watch is attached: a future that completed before the watch was
     * attached would run it on this test's thread and say nothing about the channel.
     */
    private <T> CompletableFuture<T> watched(Supplier<CompletableFuture<T>> action) {
        CountDownLatch attached = new CountDownLatch(1);
        events.execute(() -> {
            try {
                attached.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            return action.get().whenComplete((result, failure) -> seen());
        } finally {
            attached.countDown();
        }
    }

    private void seen() {
        threads.add(Thread.currentThread().getName());
    }

    @Test
    void stateCallsMessagesAndFuturesArriveOnTheEventsExecutor() throws Exception {
        SipChannel alice = direct("alice");
        SipChannel carol = direct("carol");
        Endpoint carolsAddress = Addresses.parse(EndpointKind.SIP, "sip:carol@" + carol.listening().orElseThrow());
        List<Call> incoming = new CopyOnWriteArrayList<>();
        carol.capability(Telephony.class).orElseThrow().onIncomingCall(call -> {
            seen();
            call.onStateChange(s -> seen());
            incoming.add(call);
        });
        carol.capability(MessageEvents.class).orElseThrow().onMessageEvent(m -> seen());

        Messaging messaging = alice.capability(Messaging.class).orElseThrow();
        watched(() -> messaging.send(carolsAddress, "hi")).get(10, TimeUnit.SECONDS);
        Call call = alice.capability(Telephony.class).orElseThrow().dial(carolsAddress);
        call.onStateChange(s -> seen());
        var ended = call.ended().whenComplete((e, f) -> seen());
        Await.until("the call at carol", () -> incoming.stream().findFirst()).answer();
        Await.untilTrue("connected", () -> call.state() instanceof CallState.Connected);
        call.mute(true);
        Await.untilTrue("the microphone muted", () -> media.sessions().getFirst().muted());
        watched(() -> call.hold(true)).get(10, TimeUnit.SECONDS);
        call.hangUp();
        ended.get(10, TimeUnit.SECONDS);

        assertThat(call.muted()).isTrue();
        assertThat(threads).containsExactly("app-events");
    }
}
