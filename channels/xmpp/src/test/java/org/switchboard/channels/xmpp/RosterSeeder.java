package org.switchboard.channels.xmpp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rosters straight into Prosody's {@code internal} storage (a Lua table per user in
 * {@code data/<host>/roster/<user>.dat}), as the reference seed-roster.py does: fast, and the only
 * way to store an address Prosody itself would refuse. The user must be offline.
 */
public final class RosterSeeder {
    private final Path host;

    RosterSeeder(Path data, String domain) {
        this.host = data.resolve(domain.replace(".", "%2e").replace("-", "%2d"));
    }

    /** Replaces {@code owner}'s roster with {@code items}. */
    public void write(String owner, List<Item> items) throws IOException {
        StringBuilder lua = new StringBuilder("return {\n\t[false] = { [\"pending\"] = {}; [\"version\"] = 1; };\n");
        for (Item item : items) {
            lua.append("\t[").append(quote(item.jid())).append("] = { [\"subscription\"] = ").append(quote(item.subscription()))
                    .append("; [\"name\"] = ").append(quote(item.name())).append("; [\"groups\"] = { ");
            if (!item.group().isEmpty()) {
                lua.append('[').append(quote(item.group())).append("] = true; ");
            }
            lua.append("}; };\n");
        }
        lua.append("};\n");
        Files.createDirectories(host.resolve("roster"));
        Files.writeString(host.resolve("roster").resolve(owner + ".dat"), lua);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    public record Item(String jid, String name, String group, String subscription) {}

    /** What a test class seeds before its server starts. */
    @FunctionalInterface
    public interface Seeding {
        void seed(RosterSeeder seeder) throws IOException;

        static Seeding nothing() {
            return seeder -> {};
        }
    }
}
