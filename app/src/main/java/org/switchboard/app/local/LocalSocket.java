package org.switchboard.app.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Where the running Switchboard of a profile listens. */
public final class LocalSocket {
    static final String FILE = "switchboard.sock";
    /** Unix-domain socket paths are limited to about 108 bytes. */
    private static final int MAX_PATH = 100;

    private LocalSocket() {}

    /** {@code PROFILE/switchboard.sock}, or a short path named after the profile when that would be too long. */
    public static Path of(Path profileDirectory) {
        Path inProfile = profileDirectory.toAbsolutePath().resolve(FILE);
        if (inProfile.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH) {
            return inProfile;
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("switchboard-" + digest(inProfile.toString()) + ".sock");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
