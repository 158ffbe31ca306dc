package org.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher reads back: one word, replaced only when the kind changes. */
class StartKindTest {
    @TempDir
    Path dir;

    @Test
    void writesTheKindIntoANewDirectory() throws Exception {
        Path file = dir.resolve("cache/switchboard/start-kind");

        StartKind.record(file, true);
        assertThat(Files.readString(file)).isEqualTo("accounts\n");

        StartKind.record(file, false);
        assertThat(Files.readString(file)).isEqualTo("address-book\n");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void leavesAnUnchangedKindAlone() throws Exception {
        Path file = dir.resolve("start-kind");
        StartKind.record(file, true);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);

        StartKind.record(file, true);

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void aFileThatCannotBeWrittenIsNotAnError() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

        StartKind.record(notADirectory.resolve("start-kind"), true);

        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }
}
