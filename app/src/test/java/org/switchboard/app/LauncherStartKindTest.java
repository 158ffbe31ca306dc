package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher ({@code app/src/main/launcher/switchboard-launch}) hands the app the file for
 * {@link StartKind} and gives a start after one with accounts their JIT setting. Run with a stand-in
 * {@code java} that prints the options it was given.
 */
class LauncherStartKindTest {
    private static final Path LAUNCHER = Path.of("src/main/launcher/switchboard-launch").toAbsolutePath();
    @TempDir
    Path dir;
    private Path home;
    private Path javaHome;

    @BeforeEach
    void standInJava() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aFirstStartNamesTheFileAndKeepsTheDefaultThresholds() throws Exception {
        List<String> options = launch();

        assertThat(options).contains("-Dswitchboard.startKindFile=" + home.resolve(".cache/switchboard/start-kind"));
        assertThat(options).noneMatch(o -> o.startsWith("-XX:CompileThresholdScaling"));
    }

    @Test
    void aStartAfterOneWithAccountsGetsTheirThresholds() throws Exception {
        StartKind.record(home.resolve(".cache/switchboard/start-kind"), true);

        assertThat(launch()).contains("-XX:CompileThresholdScaling=2.5");
    }

    @Test
    void aStartAfterOneWithTheAddressBookAloneKeepsTheDefaults() throws Exception {
        StartKind.record(home.resolve(".cache/switchboard/start-kind"), false);

        assertThat(launch()).noneMatch(o -> o.startsWith("-XX:CompileThresholdScaling"));
    }

    private List<String> launch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), dir.resolve("build").toString(), "--version");
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("SWITCHBOARD_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
