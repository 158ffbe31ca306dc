package org.switchboard.contacts.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's history: migration {@code i} (1-based) brings the database from version {@code i-1}
 * to {@code i}. The version lives in {@code PRAGMA user_version}; each migration is one transaction.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "migrations/";

    /** In order; append only, never edit a released script. */
    static final List<String> SCRIPTS = List.of("V1__persons.sql", "V2__merges.sql", "V3__history.sql", "V4__accounts.sql",
            "V5__settings.sql", "V6__calls.sql");

    private Migrations() {}

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Brings the database up to the latest version, or fails when it is newer than this code. */
    static void apply(Database database) {
        int current = database.inTransaction("read the schema version", Migrations::userVersion);
        if (current > latestVersion()) {
            throw new StoreException("The address book " + database.file() + " has schema version " + current
                    + " but this version of Switchboard knows only versions up to " + latestVersion()
                    + "; it was written by a newer Switchboard. Update Switchboard to open it.");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            String script = SCRIPTS.get(version - 1);
            String sql = load(script);
            int target = version;
            database.inTransaction("apply migration " + script, connection -> {
                run(connection, sql);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
            LOG.info("Address book {} migrated to schema version {} ({})", database.file(), version, script);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String command : statements(sql)) {
                statement.execute(command);
            }
        }
    }

    /**
     * The statements of a script: each ends with a line ending in {@code ;}, except inside a
     * {@code CREATE TRIGGER}, which ends with {@code END;}. Lines starting with {@code --} are comments.
     */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\r?\\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean trigger = current.toString().stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            boolean ends = trigger ? stripped.equalsIgnoreCase("END;") : stripped.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new StoreException("Schema migration " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read schema migration " + script + ": " + e.getMessage(), e);
        }
    }
}
