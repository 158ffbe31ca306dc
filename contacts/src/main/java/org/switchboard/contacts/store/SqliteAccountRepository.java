package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.accounts.AccountRepository;

/** The accounts table of the profile database. */
final class SqliteAccountRepository implements AccountRepository {
    private static final String COLUMNS = "kind, address, server, transport, enabled, trusted_fingerprints";

    private final Database database;

    SqliteAccountRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Account> findAll() {
        return database.inTransaction("list the accounts", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM accounts ORDER BY kind, address");
                    ResultSet rows = select.executeQuery()) {
                List<Account> accounts = new ArrayList<>();
                while (rows.next()) {
                    accounts.add(read(rows));
                }
                return accounts;
            }
        });
    }

    @Override
    public Optional<Account> find(EndpointKind kind, String address) {
        return database.inTransaction("find the account " + address, c -> find(c, kind, address));
    }

    private static Optional<Account> find(Connection c, EndpointKind kind, String address) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM accounts WHERE kind = ? AND address = ? COLLATE NOCASE")) {
            select.setString(1, kind.id());
            select.setString(2, address);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public Account save(Account account) {
        return database.inTransaction("save the account " + account.key(), c -> {
            String now = Instant.now().toString();
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO accounts (kind, address, server, transport, enabled, trusted_fingerprints, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (kind, address) DO UPDATE SET server = excluded.server, transport = excluded.transport,
                      enabled = excluded.enabled, trusted_fingerprints = excluded.trusted_fingerprints,
                      updated_at = excluded.updated_at""")) {
                upsert.setString(1, account.kind().id());
                upsert.setString(2, account.address());
                upsert.setString(3, account.server());
                upsert.setString(4, account.transport());
                upsert.setInt(5, account.enabled() ? 1 : 0);
                upsert.setString(6, String.join("\n", account.trustedFingerprints()));
                upsert.setString(7, now);
                upsert.setString(8, now);
                upsert.executeUpdate();
            }
            return account;
        });
    }

    @Override
    public boolean remove(EndpointKind kind, String address) {
        // the stored spelling of the address names its settings (the address matches without case)
        String prefix = find(kind, address).orElse(new Account(kind, address, "", "", false, List.of())).settingsPrefix();
        // another account's prefix may extend this one (sip:alice@example.test and sip:alice@example.test.org)
        List<String> longer = findAll().stream().map(Account::settingsPrefix)
                .filter(other -> other.length() > prefix.length() && other.startsWith(prefix)).toList();
        return database.inTransaction("remove the account " + address, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM accounts WHERE kind = ? AND address = ? COLLATE NOCASE");
                 PreparedStatement select = c.prepareStatement("SELECT key FROM settings WHERE substr(key, 1, length(?)) = ?");
                 PreparedStatement forget = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                select.setString(1, prefix);
                select.setString(2, prefix);
                try (ResultSet keys = select.executeQuery()) {
                    while (keys.next()) {
                        String key = keys.getString(1);
                        if (longer.stream().noneMatch(key::startsWith)) {
                            forget.setString(1, key);
                            forget.addBatch();
                        }
                    }
                }
                forget.executeBatch();
                delete.setString(1, kind.id());
                delete.setString(2, address);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static Account read(ResultSet rows) throws SQLException {
        String kindId = rows.getString(1);
        EndpointKind kind = EndpointKind.fromId(kindId).orElseThrow(() -> new SQLException("unknown account kind " + kindId));
        String fingerprints = rows.getString(6);
        return new Account(kind, rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5) != 0,
                fingerprints.isEmpty() ? List.of() : Arrays.asList(fingerprints.split("\n")));
    }
}
