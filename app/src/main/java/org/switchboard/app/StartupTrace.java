package org.switchboard.app;

/**
 * Start-up milestones for measuring: with {@code -Dswitchboard.startupTrace=true}, each
 * {@link #mark} prints {@code SWITCHBOARD_TRACE <ms since launch> <milestone>} to stderr. The launch
 * instant is {@code SWITCHBOARD_LAUNCHED_AT_MS} from the launcher script, else this class's loading.
 */
public final class StartupTrace {
    private static final boolean ENABLED = Boolean.getBoolean("switchboard.startupTrace");
    private static final long LAUNCHED_AT = launchedAt();

    private StartupTrace() {}

    public static void mark(String milestone) {
        if (ENABLED) {
            System.err.println("SWITCHBOARD_TRACE " + (System.currentTimeMillis() - LAUNCHED_AT) + " " + milestone
                    + " [" + Thread.currentThread().getName() + "]");
        }
    }

    /** When the launcher started, in epoch milliseconds. */
    public static long launchedAt() {
        String launched = System.getenv("SWITCHBOARD_LAUNCHED_AT_MS");
        if (launched != null && launched.matches("[0-9]{10,}")) {
            return Long.parseLong(launched);
        }
        return System.currentTimeMillis();
    }
}
