package org.switchboard.channels.sip.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A private DNS server on 127.0.0.1 (dnsmasq, answering only from its own records, no upstream) for
 * the SRV records of RFC 3263 server location. Build it with the records, then {@link #start()};
 * {@link #close()} stops it.
 */
public final class DnsServer implements AutoCloseable {
    private final List<String> records = new ArrayList<>();
    private Process process;
    private Path dir;
    private int port;

    /** {@code _service._proto.domain SRV priority weight port target}. */
    public DnsServer srv(String name, String target, int port, int priority, int weight) {
        records.add("--srv-host=" + name + "," + target + "," + port + "," + priority + "," + weight);
        return this;
    }

    /** An SRV record that says the service is not offered (target "."). */
    public DnsServer noService(String name) {
        records.add("--srv-host=" + name);
        return this;
    }

    /** {@code host A address}. */
    public DnsServer host(String host, String address) {
        records.add("--host-record=" + host + "," + address);
        return this;
    }

    public DnsServer start() throws Exception {
        Tools.require("dnsmasq", "a private DNS server for SRV records");
        dir = Files.createTempDirectory("switchboard-dns-");
        port = Tools.freePort();
        List<String> command = new ArrayList<>(List.of("dnsmasq", "--keep-in-foreground", "--no-resolv", "--no-hosts",
                "--no-poll", "--port=" + port, "--listen-address=127.0.0.1", "--bind-interfaces", "--user=root", "--pid-file=",
                "--log-queries", "--log-facility=-"));
        command.addAll(records);
        process = ProcessGroup.start(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("dnsmasq.log").toFile())));
        Await.untilTrue("dnsmasq to listen on 127.0.0.1:" + port + " (log: " + dir.resolve("dnsmasq.log") + ")",
                Duration.ofSeconds(10), () -> Tools.read(dir.resolve("dnsmasq.log")).contains("started")
                        || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("dnsmasq did not start: " + Tools.read(dir.resolve("dnsmasq.log")));
        }
        return this;
    }

    public int port() {
        return port;
    }

    /** What dnsmasq logged (one line per query). */
    public String log() {
        return Tools.read(dir.resolve("dnsmasq.log"));
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            ProcessGroup.stop(process, Duration.ofSeconds(5));
        }
        if (dir != null) {
            Tools.deleteTree(dir);
        }
    }
}
