package org.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CPU time each thread of another process has used so far, read from {@code /proc/PID/task}
 * (Linux): where a start-up's CPU went, by thread, at the moment it reported ready.
 */
final class ProcessThreadCpu {
    private static final double TICK_MILLIS = 10; // USER_HZ is 100 on Linux

    record Row(String thread, double millis) {}

    private ProcessThreadCpu() {}

    /** The process's threads by CPU used, most first; empty when it has gone. */
    static List<Row> of(long pid) {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    rows.add(new Row(name, ticks * TICK_MILLIS));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        rows.sort(Comparator.comparingDouble(Row::millis).reversed());
        return rows;
    }

    /** One line: the total and the {@code top} threads that used most. */
    static String summary(List<Row> rows, int top) {
        double total = rows.stream().mapToDouble(Row::millis).sum();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "CPU %.0f ms:", total));
        rows.stream().limit(top).filter(r -> r.millis() > 0)
                .forEach(r -> line.append(String.format(Locale.ROOT, " %s %.0f,", r.thread(), r.millis())));
        line.setLength(line.length() - 1);
        return line.toString();
    }
}
