package org.switchboard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the launcher what kind of GUI start this was, so that it can start the next one the way that
 * kind runs fastest (ADR 0013): {@code accounts} when the profile has enabled accounts (their channels
 * connect during the start), else {@code address-book}. The launcher names the file
 * ({@value #PROPERTY}); without it nothing is written. The file is rewritten only when the kind
 * changes, atomically, and a failure to write it is logged and otherwise ignored: it only tunes the JIT.
 */
final class StartKind {
    static final String PROPERTY = "switchboard.startKindFile";
    static final String ACCOUNTS = "accounts";
    static final String ADDRESS_BOOK = "address-book";
    private static final Logger LOG = LoggerFactory.getLogger(StartKind.class);

    private StartKind() {}

    /** Records this start's kind in the background, if the launcher asked for it. */
    static void recordLater(BooleanSupplier hasEnabledAccounts) {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            StartupWork.start("switchboard-start-kind", () -> {
                boolean accounts;
                try {
                    accounts = hasEnabledAccounts.getAsBoolean();
                } catch (RuntimeException e) { // the profile did not open: the GUI reports that
                    LOG.debug("No start kind recorded: {}", e.toString());
                    return;
                }
                record(Path.of(file), accounts);
            });
        }
    }

    /** Writes the kind to {@code file} unless it already holds it. */
    static void record(Path file, boolean hasEnabledAccounts) {
        String kind = hasEnabledAccounts ? ACCOUNTS : ADDRESS_BOOK;
        try {
            if (kind.equals(read(file))) {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".start-kind", ".tmp");
            try {
                Files.writeString(temporary, kind + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not record the start's kind in {} for the launcher: {}", file, e.toString());
        }
    }

    private static @Nullable String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
