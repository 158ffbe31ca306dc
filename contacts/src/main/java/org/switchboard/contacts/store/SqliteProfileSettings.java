package org.switchboard.contacts.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.switchboard.contacts.settings.ProfileSettings;

/** The settings table of the profile database (schema V5). */
final class SqliteProfileSettings implements ProfileSettings {
    private final Database database;

    SqliteProfileSettings(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> get(String key) {
        return database.inTransaction("read the setting " + key, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void putAll(Map<String, String> values) {
        database.inTransaction("store settings " + values.keySet(), c -> {
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")) {
                String now = Instant.now().toString();
                for (var entry : values.entrySet()) {
                    upsert.setString(1, entry.getKey());
                    upsert.setString(2, entry.getValue());
                    upsert.setString(3, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void remove(String key) {
        database.inTransaction("remove the setting " + key, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
