package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The XMPP issue's targets against one private Prosody: start-up with a 2,000-contact roster (100
 * online), message round trip, presence storm. Prints figures with the load average; asserts nothing.
 *
 * <p>Usage: {@code XmppBench LAUNCHER BUILD_DIR [startup-runs] [round-trips]}; 0 round trips leaves out
 * the round trip and the storm.
 */
public final class XmppBench {
    private static final int ONLINE = 100;
    private static final int STORM_PER_USER = 20;

    private XmppBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: XmppBench LAUNCHER BUILD_DIR [startup-runs] [round-trips]");
            System.exit(2);
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int trips = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        try (XmppServer server = XmppServer.start(ONLINE); Crowd crowd = Crowd.online(server.prosody(), ONLINE)) {
            System.out.printf("xmpp: Prosody on port %d, alice's roster %d contacts, %d of them online [%s]%n",
                    server.prosody().port(), XmppServer.CONTACTS, ONLINE, load());
            // Round trip and storm first: the start-up runs end their apps by killing them, and the server keeps
            // each killed session hibernating (XEP-0198, 30 s here), copying every stanza for alice to it too
            // (measured: round trip p50 5.3 ms before the start-up runs, 10.7 ms right after them)
            if (trips > 0) {
                try (UiThread ui = new UiThread(); HubFixture alice = HubFixture.connected(server, ui)) {
                    RoundTripBench.run(server, alice, ui, trips);
                    PresenceStormBench.run(alice, ui, crowd, ONLINE, STORM_PER_USER);
                }
            }
            if (runs > 0) {
                RosterStartupBench.run(server, args[0], args[1], runs);
            }
        }
        System.exit(0); // Smack's and the hub's threads would keep the JVM alive a little longer
    }

    /** The 1-minute load average, printed with every figure (two cores shared with other builds). */
    static String load() {
        try {
            return "load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "load ?";
        }
    }
}
