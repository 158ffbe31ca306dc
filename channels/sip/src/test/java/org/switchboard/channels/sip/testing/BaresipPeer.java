package org.switchboard.channels.sip.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.switchboard.channels.sip.SipTransport;

/**
 * A headless baresip user agent for tests: it registers at a {@link KamailioServer} (or only listens,
 * for direct calls), answers by itself or when told, sends a sine tone (or a WAV file), records what
 * it receives (sndfile module, one {@code *-dec.wav} per call) and is driven through ctrl_tcp.
 * The player is aubridge, a paced dummy sink (ALSA's null device would busy-loop a core), unless a
 * PulseAudio sink is named. Its directory (config, log, recordings) is deleted on {@link #close()}
 * unless {@code -Dswitchboard.keepBaresip=true}.
 */
public final class BaresipPeer implements AutoCloseable {
    private static final Duration START_DEADLINE = Duration.ofSeconds(10);
    private final String user;
    private final Path dir;
    private final Process process;
    private final BaresipControl control;
    private final String uri;
    private final int sipPort;

    private BaresipPeer(String user, Path dir, Process process, BaresipControl control, String uri, int sipPort) {
        this.user = user;
        this.dir = dir;
        this.process = process;
        this.control = control;
        this.uri = uri;
        this.sipPort = sipPort;
    }

    public static Builder named(String user) {
        return new Builder(user);
    }

    /** The address that reaches this peer: {@code sip:bob@example.test}, or {@code sip:bob@127.0.0.1:port} when direct. */
    public String uri() {
        return uri;
    }

    public String user() {
        return user;
    }

    public int sipPort() {
        return sipPort;
    }

    public Map<String, Object> command(String name, String params) throws IOException {
        return control.command(name, params);
    }

    public Map<String, Object> command(String name) throws IOException {
        return control.command(name, "");
    }

    public void dial(String target) throws IOException {
        command("dial", target);
    }

    public void hangUp() throws IOException {
        command("hangup");
    }

    public void accept() throws IOException {
        command("accept");
    }

    /** Everything baresip reported on its control connection so far. */
    public List<Map<String, Object>> events() {
        return control.events();
    }

    /** The first event of {@code type} (CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED, …) seen after {@code skip} of them. */
    public Map<String, Object> awaitEvent(String type, int skip, Duration deadline) {
        return Await.until("baresip " + user + " to report " + type + " (log: " + dir.resolve("baresip.log") + ")", deadline,
                () -> control.events().stream().filter(e -> type.equals(e.get("type"))).skip(skip).findFirst());
    }

    public Map<String, Object> awaitEvent(String type) {
        return awaitEvent(type, 0, Await.DEADLINE);
    }

    public long count(String type) {
        return control.events().stream().filter(e -> type.equals(e.get("type"))).count();
    }

    public String log() {
        return Tools.read(dir.resolve("baresip.log"));
    }

    /** The WAV files of received audio, one per call, oldest first. */
    public List<Path> receivedRecordings() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("rec"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).sorted().toList();
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                control.command("quit", "");
            }
        } catch (IOException | AssertionError e) {
            // it is going anyway
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            ProcessGroup.stop(process, Duration.ofSeconds(5));
        }
        control.close();
        if (!Boolean.getBoolean("switchboard.keepBaresip")) {
            Tools.deleteTree(dir);
        }
    }

    /** How the peer is set up before it starts. */
    public static final class Builder {
        private final String user;
        private @Nullable KamailioServer registrar;
        private SipTransport transport = SipTransport.UDP;
        private boolean autoAnswer = true;
        private String source = "ausine,440";
        private String player = "";
        private String codecs = "PCMU,PCMA";
        private int rtpTimeout;
        private boolean srtp;
        private Map<String, String> environment = Map.of();

        private Builder(String user) {
            this.user = user;
        }

        /** Registers as {@code user@example.test} at {@code server} over {@code via}; without this the peer only listens. */
        public Builder registeringAt(KamailioServer server, SipTransport via) {
            registrar = server;
            transport = via;
            return this;
        }

        public Builder manualAnswer() {
            autoAnswer = false;
            return this;
        }

        /** Sends a sine tone of {@code hertz} (the default is 440 Hz). */
        public Builder tone(int hertz) {
            source = "ausine," + hertz;
            return this;
        }

        /** Plays received audio to a PulseAudio sink ({@code env} names the server, e.g. PULSE_SERVER). */
        public Builder pulsePlayer(String sink, Map<String, String> env) {
            player = "alsa,pulse:" + sink;
            environment = Map.copyOf(env);
            return this;
        }

        public Builder codecs(String list) {
            codecs = list;
            return this;
        }

        /** Insists on SRTP with SDES keys (RTP/SAVP, {@code mediaenc=srtp-mand}). */
        public Builder srtp() {
            srtp = true;
            return this;
        }

        /** Hangs up when no RTP arrives for {@code seconds} (0, the default, never). */
        public Builder rtpTimeout(int seconds) {
            rtpTimeout = seconds;
            return this;
        }

        public BaresipPeer start() throws Exception {
            Tools.require("baresip", "a real baresip peer");
            Path dir = Files.createTempDirectory("switchboard-baresip-" + user + "-");
            Files.createDirectories(dir.resolve("rec"));
            int sipPort = Tools.freeRange(2);
            int ctrlPort = Tools.freePort();
            int rtpBase = Tools.freeRange(20);
            Files.writeString(dir.resolve("config"), config(dir, sipPort, ctrlPort, rtpBase));
            String uri = registrar != null ? "sip:" + user + "@" + KamailioServer.DOMAIN : "sip:" + user + "@127.0.0.1:" + sipPort;
            Files.writeString(dir.resolve("accounts"), account(sipPort) + "\n");
            ProcessBuilder builder = new ProcessBuilder("baresip", "-f", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("baresip.log").toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = ProcessGroup.start(builder);
            Await.untilTrue("baresip " + user + " to open its control port (log: " + dir.resolve("baresip.log") + ")",
                    START_DEADLINE, () -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("baresip exited: " + Tools.read(dir.resolve("baresip.log")));
                        }
                        return Tools.accepts(ctrlPort);
                    });
            BaresipPeer peer = new BaresipPeer(user, dir, process, new BaresipControl(ctrlPort), uri, sipPort);
            if (registrar != null) {
                Await.untilTrue("baresip " + user + " to register (log: " + dir.resolve("baresip.log") + ")", START_DEADLINE,
                        () -> registered(peer));
            }
            return peer;
        }

        private static boolean registered(BaresipPeer peer) {
            try {
                return String.valueOf(peer.command("reginfo").get("data")).contains("OK");
            } catch (IOException e) {
                return false;
            }
        }

        private String account(int sipPort) {
            String answer = (autoAnswer ? "auto" : "manual") + (srtp ? ";mediaenc=srtp-mand" : "");
            if (registrar == null) {
                return "<sip:" + user + "@127.0.0.1:" + sipPort + ">;regint=0;answermode=" + answer + ";audio_codecs=" + codecs;
            }
            KamailioServer server = Objects.requireNonNull(registrar);
            int port = transport == SipTransport.TLS ? server.tlsPort() : server.port();
            return "<sip:" + user + "@" + KamailioServer.DOMAIN + ";transport=" + transport.id() + ">;auth_pass="
                    + KamailioServer.PASSWORD + ";outbound=\"sip:127.0.0.1:" + port + ";transport=" + transport.id()
                    + "\";regint=300;answermode=" + answer + ";audio_codecs=" + codecs;
        }

        private String config(Path dir, int sipPort, int ctrlPort, int rtpBase) {
            String rate = source.startsWith("ausine") ? "ausrc_srate\t\t48000\nausrc_channels\t\t2\n" : "";
            String play = player.isEmpty() ? "aubridge,play_" + user : player;
            return String.join("\n",
                    "# written by BaresipPeer (baresip 1.0, headless)",
                    "poll_method\t\tepoll",
                    "sip_listen\t\t127.0.0.1:" + sipPort,
                    "net_interface\t\t127.0.0.1",
                    "call_local_timeout\t120",
                    "call_max_calls\t\t4",
                    "audio_player\t\t" + play,
                    "audio_source\t\t" + source,
                    "audio_alert\t\taubridge,alert_" + user,
                    rate + "audio_buffer\t\t20-160",
                    "rtp_ports\t\t" + rtpBase + "-" + (rtpBase + 19),
                    "rtcp_mux\t\tno",
                    "jitter_buffer_delay\t5-10",
                    "rtp_stats\t\tyes",
                    "rtp_timeout\t\t" + rtpTimeout,
                    "module_path\t\t/usr/lib/baresip/modules",
                    "module\t\t\tg711.so",
                    "module\t\t\topus.so",
                    "module\t\t\talsa.so",
                    "module\t\t\tausine.so",
                    "module\t\t\taufile.so",
                    "module\t\t\tsndfile.so",
                    "module\t\t\taubridge.so",
                    "module\t\t\tsrtp.so",
                    "module_tmp\t\taccount.so",
                    "module_app\t\tmenu.so",
                    "module_app\t\tctrl_tcp.so",
                    "ctrl_tcp_listen\t\t127.0.0.1:" + ctrlPort,
                    "snd_path\t\t" + dir.resolve("rec"),
                    "");
        }
    }

    @Override
    public String toString() {
        return "BaresipPeer[" + uri + "]";
    }

    Optional<String> lastEventType() {
        List<Map<String, Object>> all = control.events();
        return all.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(all.getLast().get("type")));
    }
}
