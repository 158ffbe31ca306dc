package org.switchboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per thread between {@link #start()} and {@link #print}, as a percentage of one core
 * (threads attached from native code, such as libpulse's mainloop, included), to see where a
 * figure's CPU goes. Threads that ran less than 0.05 % are left out.
 */
final class ThreadCpu {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, long[]> before = new HashMap<>();
    private long startNanos;

    static ThreadCpu start() {
        ThreadCpu cpu = new ThreadCpu();
        for (long id : cpu.threads.getAllThreadIds()) {
            cpu.before.put(id, new long[] {cpu.threads.getThreadCpuTime(id), cpu.threads.getThreadUserTime(id)});
        }
        cpu.startNanos = System.nanoTime();
        return cpu;
    }

    void print(String prefix) {
        double wall = System.nanoTime() - startNanos;
        record Row(String name, double total, double system) {}
        List<Row> rows = new ArrayList<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            long user = threads.getThreadUserTime(id);
            if (info == null || cpu < 0) {
                continue;
            }
            long[] start = before.getOrDefault(id, new long[] {0, 0});
            double total = 100.0 * (cpu - start[0]) / wall;
            double system = 100.0 * ((cpu - start[0]) - (user - start[1])) / wall;
            if (total >= 0.05) {
                rows.add(new Row(info.getThreadName(), total, system));
            }
        }
        rows.sort((a, b) -> Double.compare(b.total(), a.total()));
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%s %5.2f %% (kernel %5.2f %%)  %s%n", prefix, row.total(), row.system(), row.name());
        }
    }
}
