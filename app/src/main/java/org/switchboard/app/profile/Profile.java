package org.switchboard.app.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One user profile: a directory holding the address book database and settings. Chosen by
 * {@code --profile DIR}, else {@code $SWITCHBOARD_PROFILE}, else {@code $XDG_DATA_HOME/switchboard},
 * else {@code ~/.local/share/switchboard}.
 */
public record Profile(Path directory) {
    public static final String DATABASE_FILE = "switchboard.db";

    public static Profile resolve(@Nullable String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) {
            return new Profile(Path.of(option).toAbsolutePath());
        }
        String explicit = env.get("SWITCHBOARD_PROFILE");
        if (explicit != null && !explicit.isBlank()) {
            return new Profile(Path.of(explicit).toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return new Profile(dataHome.resolve("switchboard").toAbsolutePath());
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    /** Creates the directory (readable by the user only) if it does not exist. */
    public Profile ensureExists() {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the profile directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
