package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.MessageRecord;

/**
 * Writes history rows. A message whose archive id or sender id is already stored violates one of
 * the unique indexes ({@code ON CONFLICT DO NOTHING}) and is merged into the stored row instead.
 * Corrections and deletions reach the full-text index through triggers; new rows through
 * {@link #append}, per batch.
 */
final class HistoryRows {
    private static final String INSERT = "INSERT INTO history (kind, account, peer_kind, peer_address, peer_key,"
            + " direction, body, at, origin_id, stanza_id, delivery, unread)"
            + " VALUES ('message', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    /**
     * Indexes every message stored since the last indexing: messages get ever larger ids, the index's
     * own docsize table holds one row per indexed message, so its largest id is where indexing stopped
     * (a deleted message leaves it at most lower, with nothing unindexed below it).
     */
    private static final String INDEX_PENDING = "INSERT INTO history_fts (rowid, body) SELECT id, body FROM history"
            + " WHERE id > (SELECT coalesce(max(id), 0) FROM history_fts_docsize) AND kind = 'message'";
    private static final String BY_STANZA_ID = "SELECT id, delivery FROM history WHERE account = ? AND stanza_id = ?";
    private static final String BY_ORIGIN_ID = "SELECT id, delivery FROM history"
            + " WHERE account = ? AND peer_kind = ? AND peer_key = ? AND origin_id = ?";
    private static final String MERGE = "UPDATE OR IGNORE history SET stanza_id = coalesce(stanza_id, ?),"
            + " origin_id = coalesce(origin_id, ?), delivery = ? WHERE id = ?";

    /** A stored row found by one of its ids. */
    private record Stored(long id, DeliveryState delivery) {}

    private HistoryRows() {}

    /**
     * Stores the new ones, merges the duplicates, then indexes the new rows for full-text search in
     * one statement (ids above the largest before the batch: new rows get max(id) + 1); returns how
     * many were new.
     */
    static int append(Connection c, List<MessageRecord> messages) throws SQLException {
        return appendNew(c, messages).size();
    }

    /**
     * Stores one message with the database's kept statement (a live message costs no statement
     * compilation) and leaves it to {@link #indexPending}; a duplicate is merged instead. Returns whether it was new.
     */
    static boolean appendOne(Database database, Connection c, MessageRecord message) throws SQLException {
        PreparedStatement insert = database.prepared(INSERT);
        bind(insert, message);
        if (insert.executeUpdate() == 0) {
            merge(c, message);
            return false;
        }
        return true;
    }

    /**
     * Indexes for full-text search the messages stored since the last indexing, in one statement (one
     * FTS5 segment). Runs before every search and before anything that changes an indexed body (the
     * update and delete triggers must find the row indexed).
     */
    static void indexPending(Database database) throws SQLException {
        database.prepared(INDEX_PENDING).executeUpdate();
    }

    /** Like {@link #append}, returning the messages that were new. */
    static List<MessageRecord> appendNew(Connection c, List<MessageRecord> messages) throws SQLException {
        List<MessageRecord> added = new java.util.ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (MessageRecord message : messages) {
                bind(insert, message);
                if (insert.executeUpdate() > 0) {
                    added.add(message);
                } else {
                    merge(c, message);
                }
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement index = c.prepareStatement(INDEX_PENDING)) {
                index.executeUpdate();
            }
        }
        return added;
    }

    private static void bind(PreparedStatement s, MessageRecord m) throws SQLException {
        s.setString(1, m.account());
        s.setString(2, m.peer().kind().id());
        s.setString(3, m.peer().address());
        s.setString(4, ConversationFilter.key(m.peer()));
        s.setString(5, m.direction().name());
        s.setString(6, m.body());
        s.setLong(7, m.at().toEpochMilli());
        setText(s, 8, m.originId());
        setText(s, 9, m.stanzaId());
        s.setString(10, m.delivery().name());
        s.setInt(11, m.unread() ? 1 : 0);
    }

    private static void merge(Connection c, MessageRecord m) throws SQLException {
        Optional<Stored> stored = m.stanzaId() == null ? Optional.empty() : byStanzaId(c, m.account(), m.stanzaId());
        if (stored.isEmpty() && m.originId() != null) {
            stored = byOriginId(c, m.account(), m.peer(), m.originId());
        }
        if (stored.isEmpty()) {
            throw new SQLException("message " + m.originId() + "/" + m.stanzaId() + " conflicts with no stored message");
        }
        try (PreparedStatement s = c.prepareStatement(MERGE)) {
            setText(s, 1, m.stanzaId());
            setText(s, 2, m.originId());
            s.setString(3, stored.get().delivery().furthest(m.delivery()).name());
            s.setLong(4, stored.get().id());
            s.executeUpdate();
        }
    }

    /**
     * Moves an outgoing message's delivery state forward; {@code false} when unknown or backwards. One
     * kept statement per target state, which names the states that may move to it.
     */
    static boolean updateDelivery(Database database, String account, Endpoint peer, String originId, DeliveryState state)
            throws SQLException {
        String from = java.util.Arrays.stream(DeliveryState.values()).filter(s -> s.canMoveTo(state))
                .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        if (from.isEmpty()) {
            return false;
        }
        PreparedStatement s = database.prepared("UPDATE history SET delivery = ? WHERE account = ? AND peer_kind = ?"
                + " AND peer_key = ? AND origin_id = ? AND direction = 'OUT' AND delivery IN (" + from + ")");
        s.setString(1, state.name());
        s.setString(2, account);
        s.setString(3, peer.kind().id());
        s.setString(4, ConversationFilter.key(peer));
        s.setString(5, originId);
        return s.executeUpdate() > 0;
    }

    /** Replaces the body, keeping the first one; an older correction never overwrites a newer one. */
    static boolean correct(Database database, Connection c, Correction correction) throws SQLException {
        indexPending(database); // the update trigger removes the old body from the index: it must be there
        Optional<Stored> stored = byOriginId(c, correction.account(), correction.peer(), correction.replacedId());
        if (stored.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE history SET original_body = coalesce(original_body, body),"
                + " body = ?, corrected_at = ? WHERE id = ? AND direction = ?"
                + " AND (corrected_at IS NULL OR corrected_at <= ?)")) {
            long at = correction.at().toEpochMilli();
            s.setString(1, correction.body());
            s.setLong(2, at);
            s.setLong(3, stored.get().id());
            s.setString(4, correction.direction().name());
            s.setLong(5, at);
            return s.executeUpdate() > 0;
        }
    }

    private static Optional<Stored> byStanzaId(Connection c, String account, String stanzaId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BY_STANZA_ID)) {
            s.setString(1, account);
            s.setString(2, stanzaId);
            return stored(s);
        }
    }

    private static Optional<Stored> byOriginId(Connection c, String account, Endpoint peer, String originId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BY_ORIGIN_ID)) {
            s.setString(1, account);
            s.setString(2, peer.kind().id());
            s.setString(3, ConversationFilter.key(peer));
            s.setString(4, originId);
            return stored(s);
        }
    }

    private static Optional<Stored> stored(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            return rows.next()
                    ? Optional.of(new Stored(rows.getLong(1), DeliveryState.valueOf(rows.getString(2))))
                    : Optional.empty();
        }
    }

    private static void setText(PreparedStatement s, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
