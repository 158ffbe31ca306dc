package org.switchboard.bench;

import java.time.Duration;
import java.util.Locale;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.channels.sip.testing.BaresipPeer;
import org.switchboard.channels.sip.testing.KamailioServer;

/**
 * The harness's own cost: baresip (carol) calls the auto-answering baresip (bob) through the same
 * Kamailio as {@link CallSetupBench}, {@code calls} times. Prints only the control-connection
 * times (dial command → CALL_ESTABLISHED); the real figures come from a capture of the loopback
 * wire (INVITE leaving → 200 OK arriving), e.g. {@code scripts/lib/sip-wire-split.py}.
 */
public final class BaresipCallReference {
    private BaresipCallReference() {}

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        KamailioServer kamailio = new KamailioServer("carol", "bob");
        kamailio.start();
        try (BaresipPeer bob = BaresipPeer.named("bob").registeringAt(kamailio, SipTransport.UDP).tone(440).codecs("PCMU").start();
             BaresipPeer carol = BaresipPeer.named("carol").registeringAt(kamailio, SipTransport.UDP).tone(1000).codecs("PCMU")
                     .start()) {
            long[] established = new long[calls];
            for (int i = 0; i < calls + 3; i++) {
                long start = System.nanoTime();
                carol.dial(bob.uri());
                carol.awaitEvent("CALL_ESTABLISHED", i, Duration.ofSeconds(10));
                if (i >= 3) {
                    established[i - 3] = System.nanoTime() - start;
                }
                Thread.sleep(60);
                carol.hangUp();
                bob.awaitEvent("CALL_CLOSED", i, Duration.ofSeconds(10));
                carol.awaitEvent("CALL_CLOSED", i, Duration.ofSeconds(10));
            }
            System.out.printf(Locale.ROOT, "call reference: baresip -> baresip through Kamailio, dial command -> CALL_ESTABLISHED"
                    + " (control connection, polled): %s [%s]%n", new Percentiles(established).summary(), XmppBench.load());
        } finally {
            kamailio.stop();
        }
    }
}
