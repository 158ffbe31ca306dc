package org.switchboard.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.channels.api.ChannelState;
import org.switchboard.channels.xmpp.Await;
import org.switchboard.channels.xmpp.PeerClient;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;

/** Presence subscription requests through the hub against a real Prosody: announced, approved, denied, asked for. */
class HubSubscriptionTest {
    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "dave", "erin", "fred"), seeder -> { });
    private static final String ALICE = "alice@" + ProsodyServer.DOMAIN;

    @TempDir
    Path tmp;
    private HubFixture fixture;
    private SupervisedChannelHub hub;
    private final List<SubscriptionRequest> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        fixture = new HubFixture(SERVER, tmp);
        var alice = fixture.account("alice", true, ProsodyServer.PASSWORD);
        hub = fixture.start();
        hub.onSubscriptionRequest(announced::add);
        fixture.awaitState(alice.key(), ChannelState.Connected.class);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anApprovedRequesterSeesTheUsersPresence() throws Exception {
        try (PeerClient dave = PeerClient.start(SERVER, "dave", false)) {
            dave.subscribe(ALICE);

            SubscriptionRequest request = awaitRequestFrom("dave");
            assertThat(request.accountKey()).isEqualTo(fixture.repository.accounts().findAll().getFirst().key());
            assertThat(hub.pendingSubscriptions()).contains(request);

            hub.approve(request).get(10, TimeUnit.SECONDS);
            dave.await("alice's presence at dave", e -> "presence".equals(e.get("event"))
                    && e.getOrDefault("frm", "").startsWith(ALICE + "/"));
            assertThat(hub.pendingSubscriptions()).doesNotContain(request);
            dave.await("alice asking to see dave's presence in return", e -> "subscribe".equals(e.get("event"))
                    && ALICE.equals(e.get("frm")));
        }
    }

    @Test
    void aDeniedRequesterDoesNotSeeTheUsersPresence() throws Exception {
        try (PeerClient erin = PeerClient.start(SERVER, "erin", false)) {
            erin.subscribe(ALICE);

            SubscriptionRequest request = awaitRequestFrom("erin");
            hub.deny(request).get(10, TimeUnit.SECONDS);
            // a message sent after the answer comes after any presence the answer would have brought
            hub.send(xmpp("erin@" + ProsodyServer.DOMAIN), "after the answer").get(10, TimeUnit.SECONDS);
            erin.await("the message after the answer", e -> "after the answer".equals(e.get("body")));

            // the server tells a refused contact the user is "unavailable"; nothing else may come through
            assertThat(erin.events()).noneMatch(e -> "presence".equals(e.get("event"))
                    && e.getOrDefault("frm", "").startsWith(ALICE) && !"unavailable".equals(e.get("show")));
            assertThat(hub.pendingSubscriptions()).doesNotContain(request);
        }
    }

    @Test
    void askingForASubscriptionReachesTheContact() throws Exception {
        try (PeerClient fred = PeerClient.start(SERVER, "fred", false)) {

            hub.requestSubscription(xmpp("fred@" + ProsodyServer.DOMAIN)).get(10, TimeUnit.SECONDS);

            fred.await("alice's request at fred", e -> "subscribe".equals(e.get("event")) && ALICE.equals(e.get("frm")));
            awaitRequestFrom("fred"); // the test peer asks back at once
        }
    }

    private SubscriptionRequest awaitRequestFrom(String user) {
        String address = user + "@" + ProsodyServer.DOMAIN;
        return Await.until("a request from " + address + " (seen: " + announced + ")",
                () -> announced.stream().filter(r -> r.from().address().equals(address)).findFirst());
    }

    private static Endpoint xmpp(String address) {
        return Addresses.parse(EndpointKind.XMPP, address);
    }
}
