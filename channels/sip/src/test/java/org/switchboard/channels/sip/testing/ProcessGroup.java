package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Test servers started as the leader of a session of their own ({@code setsid}), so that stopping
 * one reaches every process it forked, whenever it forked it and whoever its parent is now. A
 * server's workers can outlive its main process and keep its ports: the next start on those ports
 * then talks to a process nobody serves (seen with Kamailio in {@code SipOutageTest}, on CI).
 */
final class ProcessGroup {
    private static final Path PROC = Path.of("/proc");
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);
    private static final int COMMAND_SHOWN = 100;

    private ProcessGroup() {}

    /** Starts {@code builder}'s command as the leader of a new session and process group. */
    static Process start(ProcessBuilder builder) throws IOException {
        List<String> command = new ArrayList<>(builder.command());
        command.addFirst("setsid");
        return builder.command(command).start();
    }

    /**
     * Stops the group {@code leader} leads: SIGTERM to every member, SIGKILL to those left after
     * {@code grace}; returns once no member is left, and fails naming the survivors otherwise.
     */
    static void stop(Process leader, Duration grace) throws InterruptedException {
        long group = leader.pid();
        signal(group, false);
        if (!awaitEmpty(group, grace)) {
            signal(group, true);
            if (!awaitEmpty(group, KILL_GRACE)) {
                throw new IllegalStateException("processes of group " + group + " survived SIGKILL:\n" + describe(group));
            }
        }
        leader.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One line per live member of the group {@code leader} leads: pid, state and command line. */
    static String describe(Process leader) {
        return describe(leader.pid());
    }

    private static String describe(long group) {
        StringBuilder out = new StringBuilder();
        for (Member m : members(group)) {
            out.append("  ").append(m.pid()).append(' ').append(m.state()).append(' ').append(m.command()).append('\n');
        }
        return out.isEmpty() ? "  (no process left)\n" : out.toString();
    }

    private static void signal(long group, boolean kill) {
        for (Member m : members(group)) {
            ProcessHandle.of(m.pid()).ifPresent(p -> {
                if (kill) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
            });
        }
    }

    private static boolean awaitEmpty(long group, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!members(group).isEmpty()) {
            if (System.nanoTime() > end) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return true;
    }

    /** The group's processes that still run (zombies hold no sockets and are left to their parent). */
    private static List<Member> members(long group) {
        List<Member> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path entry : entries) {
                Member m = Member.read(entry);
                if (m != null && m.group() == group && m.state() != 'Z') {
                    found.add(m);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list processes in " + PROC, e);
        }
        return found;
    }

    private record Member(long pid, char state, long group, String command) {
        /** The process in {@code /proc/<pid>}, or null when it is gone meanwhile. */
        static @Nullable Member read(Path dir) {
            try {
                String stat = Files.readString(dir.resolve("stat"), StandardCharsets.ISO_8859_1);
                String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                String command = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                command = command.length() > COMMAND_SHOWN ? command.substring(0, COMMAND_SHOWN) + "…" : command;
                return new Member(Long.parseLong(dir.getFileName().toString()), rest[0].charAt(0), Long.parseLong(rest[2]),
                        command.strip());
            } catch (IOException | RuntimeException gone) {
                return null;
            }
        }
    }
}
