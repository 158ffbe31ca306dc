package org.switchboard.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.switchboard.contacts.EndpointStatus;

/**
 * Presence storm: the online contacts change presence {@code perUser} times within one second
 * (2,000 updates from 100 contacts), arriving through alice's hub; the listener executor is a
 * single "UI" thread ({@link UiThread}, a stand-in for the FX thread) whose listener applies each
 * update to a map of statuses (the GUI itself registers no presence listener: its list reads the
 * reach context when cells are drawn). Reports the longest single block of that thread, the longest
 * a presence waited in its queue, and the time from the first update sent until all were applied.
 * Target: no block > 50 ms.
 */
final class PresenceStormBench {
    private PresenceStormBench() {}

    static void run(HubFixture alice, UiThread ui, Crowd crowd, int contacts, int perUser) throws Exception {
        int expected = contacts * perUser;
        CountDownLatch applied = new CountDownLatch(expected);
        Map<String, EndpointStatus> model = new HashMap<>(); // touched on the UI thread only
        AutoCloseable listening = alice.hub().onPresence(status -> {
            model.put(status.endpoint().address(), status);
            if (status.statusText().startsWith("storm ")) {
                applied.countDown();
            }
        });
        ui.reset();
        long start = System.nanoTime();
        int sent = crowd.storm(perUser, 1.0);
        long sentNanos = System.nanoTime() - start;
        boolean all = applied.await(60, TimeUnit.SECONDS);
        long allNanos = System.nanoTime() - start;
        listening.close();
        System.out.printf(Locale.ROOT, "xmpp: presence storm, %d updates sent in %.0f ms: %s applied after %.0f ms; longest UI-thread block %.2f ms, longest queue wait %.1f ms, %d UI tasks (target: no block > 50 ms) [%s]%n",
                sent, sentNanos / 1e6, all ? "all" : (expected - applied.getCount()) + " of " + expected, allNanos / 1e6,
                ui.longestTaskMillis(), ui.longestWaitMillis(), ui.tasks(), XmppBench.load());
    }
}
