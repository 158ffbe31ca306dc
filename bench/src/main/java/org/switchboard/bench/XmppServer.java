package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.switchboard.channels.api.support.CertificateFingerprint;
import org.switchboard.channels.xmpp.ProsodyServer;
import org.switchboard.channels.xmpp.RosterSeeder;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;

/**
 * One private Prosody (the channels/xmpp test harness) for the XMPP benchmarks: alice with a roster
 * of 2,000 contacts user0001..user2000 (subscription both), bob for the echo, and the first
 * {@code online} contacts registered (alice's hashed credentials copied, so no prosodyctl per user)
 * with alice in their rosters, so that their presence reaches her.
 */
final class XmppServer implements AutoCloseable {
    static final int CONTACTS = 2_000;
    private final ProsodyServer server;

    private XmppServer(ProsodyServer server) {
        this.server = server;
    }

    static XmppServer start(int online) throws Exception {
        ProsodyServer[] self = new ProsodyServer[1];
        self[0] = new ProsodyServer(List.of("alice", "bob"), seeder -> seed(seeder, self[0].dir(), online));
        self[0].beforeAll(null); // the extension does not look at its context when starting
        return new XmppServer(self[0]);
    }

    private static void seed(RosterSeeder seeder, Path dir, int online) throws java.io.IOException {
        List<RosterSeeder.Item> roster = new ArrayList<>(CONTACTS);
        for (int i = 1; i <= CONTACTS; i++) {
            roster.add(new RosterSeeder.Item(user(i) + "@" + ProsodyServer.DOMAIN, "User %04d".formatted(i), "Group " + i % 20, "both"));
        }
        seeder.write("alice", roster);
        Path accounts = dir.resolve("data").resolve(ProsodyServer.DOMAIN.replace(".", "%2e")).resolve("accounts");
        RosterSeeder.Item alice = new RosterSeeder.Item("alice@" + ProsodyServer.DOMAIN, "Alice", "", "both");
        for (int i = 1; i <= online; i++) {
            Files.copy(accounts.resolve("alice.dat"), accounts.resolve(user(i) + ".dat"));
            seeder.write(user(i), List.of(alice));
        }
    }

    static String user(int i) {
        return "user%04d".formatted(i);
    }

    ProsodyServer prosody() {
        return server;
    }

    /** alice's account as the profile stores it: this server, its self-signed certificate pinned. */
    Account aliceAccount() throws Exception {
        String pin = Account.normaliseFingerprint(CertificateFingerprint.of(server.certificate()));
        return new Account(EndpointKind.XMPP, "alice@" + ProsodyServer.DOMAIN, "127.0.0.1:" + server.port(), "", true, List.of(pin));
    }

    @Override
    public void close() throws Exception {
        server.stop();
        try (var files = Files.walk(server.dir())) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
