package org.switchboard.bench;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.switchboard.channels.api.MessageEvents;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Received;
import org.switchboard.channels.api.Messaging;
import org.switchboard.channels.xmpp.XmppChannel;
import org.switchboard.channels.xmpp.XmppChannelFactory;
import org.switchboard.channels.xmpp.TrustAnchors;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Message round trip over loopback Prosody: alice's hub sends, bob (a second XmppChannel in this
 * JVM) echoes each body back, and the time until the echo is stored in alice's history and handed to
 * the hub's message listener on the "UI" thread (what the GUI's conversation model gets). Target p50 ≤ 5 ms.
 */
final class RoundTripBench {
    private RoundTripBench() {}

    static void run(XmppServer server, HubFixture alice, UiThread ui, int messages) throws Exception {
        try (XmppChannel bob = new XmppChannelFactory(Runnable::run, TrustAnchors.system()).create(server.prosody().pinnedAccount("bob"))) {
            bob.connect().get(30, TimeUnit.SECONDS);
            Messaging bobSends = bob.capability(Messaging.class).orElseThrow();
            bob.capability(MessageEvents.class).orElseThrow().onMessageEvent(event -> {
                if (event instanceof Received received && !received.fromOwnDevice()) {
                    bobSends.send(received.peer(), received.body());
                }
            });
            AtomicReference<Pending> echo = new AtomicReference<>();
            alice.hub().onMessage(record -> {
                Pending waiting = echo.get();
                if (record.direction() == Direction.IN && waiting != null && record.body().equals(waiting.body())) {
                    waiting.done().complete(record);
                }
            });
            Endpoint to = new Endpoint(EndpointKind.XMPP, "bob@" + org.switchboard.channels.xmpp.ProsodyServer.DOMAIN, "");
            measure(alice, to, echo, new long[50]); // warm-up, not reported
            long[] acked = new long[messages];
            long[] nanos = measure(alice, to, echo, acked);
            System.out.printf(Locale.ROOT, "xmpp: message round trip, hub send -> echo in history and on the UI thread: %s (target p50 <= 5 ms) [%s]%n",
                    new Percentiles(nanos).summary(), XmppBench.load());
            System.out.printf(Locale.ROOT, "xmpp:   of which hub send -> server acknowledged (send future on the UI thread): %s%n",
                    new Percentiles(acked).summary());
        }
    }

    private static long[] measure(HubFixture alice, Endpoint to, AtomicReference<Pending> echo, long[] acked) throws Exception {
        int count = acked.length;
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String body = "ping " + i + " " + System.nanoTime();
            Pending waiting = new Pending(body, new CompletableFuture<>());
            echo.set(waiting);
            long start = System.nanoTime();
            var ack = alice.hub().send(to, body).thenApply(r -> System.nanoTime() - start);
            waiting.done().get(10, TimeUnit.SECONDS);
            nanos[i] = System.nanoTime() - start;
            acked[i] = ack.get(10, TimeUnit.SECONDS);
        }
        return nanos;
    }

    /** The echo being waited for. */
    private record Pending(String body, CompletableFuture<MessageRecord> done) {}
}
