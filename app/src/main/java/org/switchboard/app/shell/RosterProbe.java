package org.switchboard.app.shell;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.channels.SupervisedChannelHub;
import org.switchboard.contacts.Presence;

/**
 * For the XMPP start-up benchmark ({@code -Dswitchboard.startupProbe.roster=true}): once every
 * account is connected (own presence sent on connect) with its roster linked into the address book,
 * the list is republished and, after the next layout, one line is printed:
 * {@code SWITCHBOARD_ROSTER_READY <ms since process start> persons=<n> online=<n>}, where online
 * counts the contacts whose presence (other than unknown/offline) reached the FX thread so far.
 */
final class RosterProbe {
    private RosterProbe() {}

    static void install(ShellView shell, boolean exit) {
        ChannelHub hub = shell.services().channels();
        if (!(hub instanceof SupervisedChannelHub supervised)) {
            return;
        }
        Set<String> online = new HashSet<>(); // touched on the FX thread only
        hub.onPresence(status -> {
            if (status.presence().compareTo(Presence.OFFLINE) > 0) {
                online.add(status.endpoint().address());
            } else {
                online.remove(status.endpoint().address());
            }
        });
        supervised.firstSettled().thenRun(() -> Platform.runLater(() -> republish(shell, online, exit)));
    }

    private static void republish(ShellView shell, Set<String> online, boolean exit) {
        var people = shell.people();
        var subscription = new javafx.util.Subscription[1];
        people.everyoneProperty().get(); // valid now: the next publish invalidates it, even with an equal list
        subscription[0] = people.everyoneProperty().subscribe(() -> {
            subscription[0].unsubscribe();
            StartupProbe.afterNextLayout(shell.scene(), () -> report(people, online, exit));
        });
        people.reload();
    }

    private static void report(org.switchboard.app.people.PeopleViewModel people, Set<String> online, boolean exit) {
        long ms = System.currentTimeMillis() - StartupProbe.processStart();
        System.out.println("SWITCHBOARD_ROSTER_READY " + ms + " persons=" + people.totalProperty().get() + " online=" + online.size());
        System.out.flush();
        if (exit) {
            Platform.exit();
        }
    }
}
