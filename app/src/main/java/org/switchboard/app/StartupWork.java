package org.switchboard.app;

/**
 * Start-up work that keeps a core busy for hundreds of milliseconds: the warm-ups of the protocol
 * libraries, the secret store and the media engine (class loading), and the profile's opening (SQLite's
 * native calls). It runs on a daemon platform thread, never on a virtual thread: virtual threads are not
 * preempted, and on two cores such work held both carriers of their scheduler, so the UI's tasks waited
 * behind it (the first list of an XMPP start came 240 ms after the window; 15 ms on platform threads).
 */
public final class StartupWork {
    private StartupWork() {}

    /** Starts {@code task} on a daemon platform thread called {@code name}. */
    public static void start(String name, Runnable task) {
        Thread.ofPlatform().daemon().name(name).start(task);
    }
}
