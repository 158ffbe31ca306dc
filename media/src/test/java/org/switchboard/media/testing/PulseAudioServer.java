package org.switchboard.media.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private PulseAudio daemon with null devices, started once per test JVM on the socket that
 * {@code PULSE_SERVER} names (surefire sets it; libpulse only reads the environment) and stopped by
 * a shutdown hook:
 * <ul>
 *   <li>sink {@value #SPEAKER} "Test-Speaker": the default sink; record what was played from {@code spk.monitor};</li>
 *   <li>sink {@value #MIC_FEED} "Test-Mic-Feed": play test audio here;</li>
 *   <li>source {@value #MICROPHONE} "Test-Microphone": the default source, a remap of {@code micfeed.monitor}.</li>
 * </ul>
 * Tests that change the defaults or load modules undo that themselves ({@link #restoreDefaults()}).
 */
public final class PulseAudioServer {
    public static final String SPEAKER = "spk";
    public static final String SPEAKER_NAME = "Test-Speaker";
    public static final String MIC_FEED = "micfeed";
    public static final String MIC_FEED_NAME = "Test-Mic-Feed";
    public static final String MICROPHONE = "mic";
    public static final String MICROPHONE_NAME = "Test-Microphone";
    public static final int RECORDING_RATE = 48000;

    private static final Logger LOG = LoggerFactory.getLogger(PulseAudioServer.class);
    private static final List<String> TOOLS = List.of("pulseaudio", "pactl", "paplay", "parec", "pacat");
    private static final String CLOCK_PREFIX = "switchboard-clock-";
    private static final Duration READY_PATIENCE = Duration.ofSeconds(10);
    private static @Nullable PulseAudioServer shared;

    private final Path dir;
    private final String server;
    private final Process daemon;
    private final List<Process> clocks = new ArrayList<>();

    private PulseAudioServer(Path dir, String server, Process daemon) {
        this.dir = dir;
        this.server = server;
        this.daemon = daemon;
    }

    /** The daemon of this test JVM, started on first use. */
    public static synchronized PulseAudioServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "pulseaudio-stop"));
        }
        return shared;
    }

    /** The daemon of this test JVM if one was started and not stopped. */
    static synchronized Optional<PulseAudioServer> running() {
        return Optional.ofNullable(shared);
    }

    private static PulseAudioServer start() {
        requireTools();
        String server = Optional.ofNullable(System.getenv("PULSE_SERVER")).filter(s -> s.startsWith("unix:"))
                .orElseThrow(() -> new IllegalStateException("PULSE_SERVER is not set to a unix: socket. The test JVM needs "
                        + "PULSE_SERVER=unix:${project.build.directory}/pulse/native in maven-surefire-plugin's "
                        + "<environmentVariables> (see media/pom.xml): libpulse reads it from the environment."));
        Path socket = Path.of(server.substring("unix:".length())).toAbsolutePath();
        Path dir = socket.getParent();
        try {
            prepare(dir, socket);
            Process daemon = launch(dir, socket);
            PulseAudioServer pulse = new PulseAudioServer(dir, server, daemon);
            pulse.awaitReady();
            pulse.clock(SPEAKER);
            pulse.clock(MIC_FEED);
            pulse.restoreDefaults();
            LOG.info("PulseAudio test daemon up on {}", server);
            return pulse;
        } catch (IOException e) {
            throw new UncheckedIOException("PulseAudio test daemon did not start in " + dir, e);
        }
    }

    private static void requireTools() {
        List<String> missing = TOOLS.stream().filter(tool -> !onPath(tool)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The audio tests need " + String.join(", ", missing)
                    + ": install the Debian packages pulseaudio pulseaudio-utils (scripts/install-test-deps does).");
        }
    }

    private static boolean onPath(String tool) {
        return Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> List.of(path.split(File.pathSeparator)).stream())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Clean directories; a daemon left behind by a killed test JVM on the same socket is stopped first. */
    private static void prepare(Path dir, Path socket) throws IOException {
        Path run = dir.resolve("run");
        Path pidFile = run.resolve("pulse").resolve("pid");
        if (Files.exists(pidFile)) {
            String pid = Files.readString(pidFile).trim();
            ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).ifPresent(stale -> {
                LOG.info("Stopping a PulseAudio test daemon left behind (PID {})", pid);
                stale.destroy();
                stale.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
            });
        }
        Files.createDirectories(run);
        Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        Files.deleteIfExists(socket);
    }

    private static Process launch(Path dir, Path socket) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
                "--system=false", "--log-target=file:" + dir.resolve("pulse.log"),
                "-L", "module-native-protocol-unix auth-anonymous=1 socket=" + socket,
                "-L", "module-null-sink sink_name=" + SPEAKER + " rate=48000 sink_properties=device.description=" + SPEAKER_NAME,
                "-L", "module-null-sink sink_name=" + MIC_FEED + " rate=48000 sink_properties=device.description=" + MIC_FEED_NAME,
                "-L", "module-remap-source master=" + MIC_FEED + ".monitor source_name=" + MICROPHONE
                        + " source_properties=device.description=" + MICROPHONE_NAME);
        builder.environment().put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().remove("PULSE_SERVER");
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("pulse.stdout").toFile());
        return builder.start();
    }

    private void awaitReady() {
        Await.untilTrue("the PulseAudio test daemon to answer (see " + dir.resolve("pulse.stdout") + ")", READY_PATIENCE, () -> {
            if (!daemon.isAlive()) {
                throw new IllegalStateException("pulseaudio exited with " + daemon.exitValue() + ": " + log());
            }
            return tryPactl("info").isPresent();
        });
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("pulse.stdout"));
        } catch (IOException e) {
            return "(no output)";
        }
    }

    /**
     * Keeps {@code sink} running in 10 ms blocks with a silent low-latency stream. An idle null sink
     * renders 2 s blocks, so its monitor (and the microphone remapped from it) would deliver the first
     * data of a new recording up to 2 s late; real devices start within tens of milliseconds.
     */
    private void clock(String sink) throws IOException {
        clocks.add(client(List.of("pacat", "--playback", "--client-name=" + CLOCK_PREFIX + sink, "--raw", "--format=s16le", "--rate=48000", "--channels=1",
                "--latency-msec=10", "--device=" + sink)).redirectInput(new File("/dev/zero"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** {@code unix:<socket>}, the value of PULSE_SERVER for clients. */
    public String server() {
        return server;
    }

    /**
     * Makes {@code spk} and {@code mic} the defaults again. PulseAudio moves streams to a new default
     * sink even when they named their device, so the clock streams are put back on their sinks.
     */
    public void restoreDefaults() {
        pactl("set-default-sink", SPEAKER);
        pactl("set-default-source", MICROPHONE);
        String inputs = pactl("list", "sink-inputs");
        for (String block : inputs.split("Sink Input #")) {
            for (String sink : List.of(SPEAKER, MIC_FEED)) {
                if (block.contains("application.name = \"" + CLOCK_PREFIX + sink + "\"")) {
                    pactl("move-sink-input", block.lines().findFirst().orElseThrow().strip(), sink);
                }
            }
        }
    }

    public void setDefaultSink(String sink) {
        pactl("set-default-sink", sink);
    }

    public void setDefaultSource(String source) {
        pactl("set-default-source", source);
    }

    /** Adds a null sink at run time (hot-plug); closing the handle unloads it. */
    public LoadedModule addSink(String name, String description) {
        String index = pactl("load-module", "module-null-sink", "sink_name=" + name,
                "sink_properties=device.description=" + description).strip();
        return new LoadedModule(Integer.parseInt(index));
    }

    /**
     * Adds a microphone at run time: a null sink {@code <name>feed} to play into and a source
     * {@code name} remapped from its monitor; closing the handle unloads both.
     */
    public LoadedModule addMicrophone(String name, String description) {
        LoadedModule feed = addSink(name + "feed", description + "-Feed");
        String index = pactl("load-module", "module-remap-source", "master=" + name + "feed.monitor", "source_name=" + name,
                "source_properties=device.description=" + description).strip();
        return new LoadedModule(Integer.parseInt(index), feed);
    }

    /** Modules loaded with {@code pactl load-module}; {@link #close()} unloads them, the last loaded first. */
    public final class LoadedModule implements AutoCloseable {
        private final int index;
        private final @Nullable LoadedModule dependency;

        LoadedModule(int index) {
            this(index, null);
        }

        LoadedModule(int index, @Nullable LoadedModule dependency) {
            this.index = index;
            this.dependency = dependency;
        }

        @Override
        public void close() {
            pactl("unload-module", Integer.toString(index));
            if (dependency != null) {
                dependency.close();
            }
        }
    }

    /**
     * The daemon's state for a failure report: its sinks and sources, every stream on them (with
     * whether it is corked) and the last lines of its log.
     */
    public String describe() {
        StringBuilder text = new StringBuilder("PulseAudio test daemon ").append(daemon.isAlive() ? "running" : "exited")
                .append(" on ").append(server).append('\n');
        for (String what : List.of("sinks", "sources", "sink-inputs", "source-outputs")) {
            text.append("-- pactl list short ").append(what).append('\n')
                    .append(tryPactl("list", "short", what).orElse("(pactl failed)\n"));
        }
        for (String block : tryPactl("list", "source-outputs").orElse("").split("Source Output #")) {
            block.lines().filter(line -> line.contains("Corked:") || line.contains("application.name"))
                    .forEach(line -> text.append("   ").append(line.strip()).append('\n'));
        }
        try {
            List<String> log = Files.readAllLines(dir.resolve("pulse.log"));
            text.append("-- last lines of ").append(dir.resolve("pulse.log")).append('\n');
            log.subList(Math.max(0, log.size() - 20), log.size()).forEach(line -> text.append(line).append('\n'));
        } catch (IOException e) {
            text.append("(no daemon log: ").append(e.getMessage()).append(")\n");
        }
        return text.toString();
    }

    /** Runs pactl against this daemon; fails the test when it fails. */
    public String pactl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(arguments));
        return tryCommand(command).orElseThrow(() -> new IllegalStateException("failed: " + String.join(" ", command)));
    }

    private Optional<String> tryPactl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(arguments));
        return tryCommand(command);
    }

    private Optional<String> tryCommand(List<String> command) {
        try {
            Process process = client(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private ProcessBuilder client(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("PULSE_SERVER", server));
        return builder;
    }

    /** Plays a WAV file into the virtual microphone ({@code paplay --device=micfeed}); closing stops it. */
    public Playback playIntoMicrophone(Path wav) {
        return play(wav, MIC_FEED);
    }

    /** Plays a WAV file on {@code sink}; closing the handle stops it. */
    public Playback play(Path wav, String sink) {
        try {
            return new Playback(client(List.of("paplay", "--device=" + sink, wav.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds {@code seconds} of a sine at {@code frequencyHz} into the virtual microphone. */
    public Playback feedTone(double frequencyHz, double seconds) {
        return playTone(MIC_FEED, frequencyHz, seconds);
    }

    /** Plays {@code seconds} of a sine at {@code frequencyHz} on {@code sink}. */
    public Playback playTone(String sink, double frequencyHz, double seconds) {
        try {
            Path wav = dir.resolve("tone-" + (int) frequencyHz + "-" + (int) seconds + "s.wav");
            if (!Files.exists(wav)) {
                Tones.writeSineWav(wav, frequencyHz, seconds, RECORDING_RATE);
            }
            return play(wav, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running paplay. */
    public static final class Playback implements AutoCloseable {
        private final Process process;

        Playback(Process process) {
            this.process = process;
        }

        public boolean isPlaying() {
            return process.isAlive();
        }

        @Override
        public void close() {
            process.destroy();
            process.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    /** Records what was played on the speaker ({@code spk.monitor}). */
    public Recording recordSpeaker() {
        return record(SPEAKER + ".monitor");
    }

    /**
     * Records {@code source} as raw mono 16-bit PCM at 48 kHz with a 20 ms latency (parec buffers
     * about 2 s otherwise). Raw output through a pipe has no WAV header to lose when it is stopped.
     */
    public Recording record(String source) {
        try {
            Process process = client(List.of("parec", "--raw", "--format=s16le", "--rate=" + RECORDING_RATE,
                    "--channels=1", "--latency-msec=20", "--device=" + source))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Recording(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running parec; {@link #stop()} ends it and returns what it recorded. */
    public static final class Recording implements AutoCloseable {
        private final Process process;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread reader;

        Recording(Process process) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().name("parec-reader").start(() -> drain(process.getInputStream()));
        }

        private void drain(InputStream in) {
            byte[] chunk = new byte[4096];
            try {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    synchronized (bytes) {
                        bytes.write(chunk, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        /** What was recorded so far, while recording goes on. */
        public Pcm soFar() {
            synchronized (bytes) {
                return new Pcm(Tones.firstChannel(ByteBuffer.wrap(bytes.toByteArray()), 1), RECORDING_RATE);
            }
        }

        public Pcm stop() {
            close();
            return soFar();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops the daemon now, for a test of a sound server that went away: nothing in this JVM can use
     * it afterwards, so such a test has a class of its own (each test class runs in a JVM of its own).
     */
    public void stopForGood() {
        stop();
    }

    private void stop() {
        clocks.forEach(Process::destroy);
        daemon.destroy();
        daemon.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
