package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.channels.xmpp.XmppMessagingTest.xmpp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.roster.packet.RosterPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.channels.api.ContactList;
import org.switchboard.channels.api.ContactList.Entry;
import org.switchboard.channels.api.ContactList.Subscription;

/**
 * Roster versioning (XEP-0237) against Prosody: the roster kept in a {@link RosterCache} with the
 * server's version, an unchanged roster not sent again, a changed one sent whole, and a kept roster
 * that cannot be read costing only a full fetch.
 */
class XmppRosterVersioningTest {
    private static final int SEEDED = 50;

    @RegisterExtension
    static final ProsodyServer SERVER = new ProsodyServer(List.of("alice", "carol"), seeder -> {
        List<RosterSeeder.Item> roster = IntStream.rangeClosed(1, SEEDED).mapToObj(i -> new RosterSeeder.Item(
                "user%02d@example.test".formatted(i), "User %02d".formatted(i), "Group " + i % 5, "both")).toList();
        seeder.write("alice", roster);
        seeder.write("carol", roster);
    });

    @Test
    void anUnchangedRosterIsNotSentAgainAndComesFromTheCache() throws Exception {
        CountingCache cache = new CountingCache();
        Login first = login("alice", cache);
        assertThat(first.entries()).hasSize(SEEDED);
        assertThat(first.rosterItemsReceived()).as("the first login gets the whole roster").isEqualTo(SEEDED);
        assertThat(cache.read()).get().asString().contains("ver='1'").contains("user42@example.test");
        int writes = cache.writes.get();

        Login second = login("alice", cache);

        assertThat(second.rosterItemsReceived()).as("the server answered the kept version with an empty result").isZero();
        assertThat(second.entries()).containsExactlyInAnyOrderElementsOf(first.entries());
        assertThat(second.entries()).contains(new Entry(xmpp("user07@example.test"), "User 07", java.util.Set.of("Group 2"),
                Subscription.BOTH, false));
        assertThat(cache.writes).as("nothing new to keep").hasValue(writes);
    }

    @Test
    void aRosterChangedElsewhereArrivesWholeAndIsKeptWithItsNewVersion() throws Exception {
        CountingCache cache = new CountingCache();
        login("carol", cache);
        String before = cache.read().orElseThrow();
        try (XmppChannel otherDevice = factory().create(SERVER.pinnedAccount("carol"))) {
            otherDevice.connect().get(10, TimeUnit.SECONDS);
            contacts(otherDevice).subscribe(xmpp("newcomer@example.test")).get(10, TimeUnit.SECONDS);
        }

        Login after = login("carol", cache);

        assertThat(after.rosterItemsReceived()).as("a newer version on the server: the whole roster").isEqualTo(SEEDED + 1);
        assertThat(after.entries()).hasSize(SEEDED + 1).anyMatch(e -> e.endpoint().address().equals("newcomer@example.test"));
        assertThat(cache.read()).get().asString().isNotEqualTo(before).contains("newcomer@example.test");
    }

    @Test
    void aPushWhileConnectedIsKept() throws Exception {
        CountingCache cache = new CountingCache();
        try (XmppChannel carol = factory().create(SERVER.pinnedAccount("carol"), cache)) {
            carol.connect().get(10, TimeUnit.SECONDS);
            contacts(carol).entries().get(10, TimeUnit.SECONDS);
            contacts(carol).subscribe(xmpp("pushed@example.test")).get(10, TimeUnit.SECONDS);
            Await.untilTrue("the pushed entry kept", () -> cache.read().orElse("").contains("pushed@example.test"));
        }
        Login next = login("carol", cache);
        assertThat(next.rosterItemsReceived()).as("the kept version is the server's latest").isZero();
        assertThat(next.entries()).anyMatch(e -> e.endpoint().address().equals("pushed@example.test"));
    }

    @Test
    void aKeptRosterThatCannotBeReadCostsOnlyAFullFetch() throws Exception {
        CountingCache cache = new CountingCache();
        cache.write("<query xmlns='jabber:iq:roster' ver='1'><item jid='user01@example.test' subscription='bo");

        Login login = login("alice", cache);

        assertThat(login.rosterItemsReceived()).isEqualTo(SEEDED);
        assertThat(login.entries()).hasSize(SEEDED);
        assertThat(cache.read()).get().asString().contains("user50@example.test");
    }

    /** What one login received and the entries read after it. */
    private record Login(List<Entry> entries, int rosterItemsReceived) {}

    @SuppressWarnings("deprecation") // the stanza interceptor: the one hook that sees the roster request's id
    private static Login login(String user, RosterCache cache) throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        List<IQ> results = new CopyOnWriteArrayList<>();
        try (XmppChannel channel = factory().create(SERVER.pinnedAccount(user), cache)) {
            channel.onNewConnection(connection -> {
                connection.addStanzaInterceptor(stanza -> requests.add(stanza.getStanzaId()),
                        stanza -> stanza instanceof RosterPacket iq && iq.getType() == IQ.Type.get);
                connection.addSyncStanzaListener(stanza -> results.add((IQ) stanza),
                        stanza -> stanza instanceof IQ iq && iq.getType() == IQ.Type.result);
            });
            channel.connect().get(10, TimeUnit.SECONDS);
            List<Entry> entries = contacts(channel).entries().get(10, TimeUnit.SECONDS);
            assertThat(requests).as("one roster request in the login").hasSize(1);
            Await.untilTrue("the answer to the roster request", () -> results.stream().anyMatch(r -> requests.contains(r.getStanzaId())));
            IQ answer = results.stream().filter(r -> requests.contains(r.getStanzaId())).findFirst().orElseThrow();
            return new Login(entries, answer instanceof RosterPacket roster ? roster.getRosterItemCount() : 0);
        }
    }

    private static ContactList contacts(XmppChannel channel) {
        return channel.capability(ContactList.class).orElseThrow();
    }

    private static XmppChannelFactory factory() {
        return new XmppChannelFactory(Runnable::run, TrustAnchors.system());
    }

    /** A cache in memory that counts its writes. */
    private static final class CountingCache implements RosterCache {
        private final AtomicReference<String> kept = new AtomicReference<>();
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public Optional<String> read() {
            return Optional.ofNullable(kept.get());
        }

        @Override
        public void write(String rosterXml) {
            writes.incrementAndGet();
            kept.set(rosterXml);
        }
    }
}
