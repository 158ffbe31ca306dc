package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Statements of one connection compiled once and reused: SQLite compiles a statement in tens of
 * microseconds, which the per-message writes of the history would otherwise pay every time. Used
 * under the {@link Database}'s lock only; each statement is closed with the database.
 */
final class PreparedStatements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> bySql = new HashMap<>();

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = bySql.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            bySql.put(sql, statement);
        }
        statement.clearParameters();
        return statement;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : bySql.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        bySql.clear();
        if (first != null) {
            throw first;
        }
    }
}
