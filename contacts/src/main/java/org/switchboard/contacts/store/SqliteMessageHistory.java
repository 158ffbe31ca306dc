package org.switchboard.contacts.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Conversation;
import org.switchboard.contacts.history.Correction;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.HistoryCursor;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.HistoryId;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.history.MessageRecord;
import org.switchboard.contacts.history.SearchHit;

/**
 * The history in the profile database, on the address book's connection: table {@code history},
 * full-text index {@code history_fts} (FTS5, external content). A message stored alone (live, as it
 * arrives or is sent) is indexed later, with whatever else was stored meanwhile, in one statement before
 * the next search, batch or correction: its transaction stays small, and a search still finds everything.
 */
final class SqliteMessageHistory implements MessageHistory {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteMessageHistory.class);
    private static final int MAX_LIMIT = 10_000;

    private final Database database;

    SqliteMessageHistory(Database database) {
        this.database = database;
    }

    @Override
    public boolean append(MessageRecord message) {
        boolean added = database.inTransaction("store a message", c -> HistoryRows.appendOne(database, c, message));
        LOG.debug("Message {} was {}", message.originId(), added ? "new" : "already stored");
        return added;
    }

    @Override
    public int appendAll(List<MessageRecord> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        int added = database.inTransaction("store " + messages.size() + " messages", c -> HistoryRows.append(c, messages));
        LOG.debug("{} of {} messages were new", added, messages.size());
        return added;
    }

    @Override
    public List<MessageRecord> appendNew(List<MessageRecord> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<MessageRecord> added = database.inTransaction("store " + messages.size() + " messages",
                c -> HistoryRows.appendNew(c, messages));
        LOG.debug("{} of {} messages were new", added.size(), messages.size());
        return added;
    }

    @Override
    public boolean appendCall(CallRecord call) {
        return database.inTransaction("store a call", c -> CallRows.append(c, call));
    }

    @Override
    public List<MessageRecord> queued(String account) {
        return database.inTransaction("read the queued messages of " + account, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + HistoryReader.COLUMNS + " FROM history h"
                    + " WHERE h.account = ? AND h.direction = 'OUT' AND h.delivery = 'QUEUED' AND h.kind = 'message'"
                    + " ORDER BY h.at, h.id")) {
                s.setString(1, account);
                return new HistoryReader(c).messages(s);
            }
        });
    }

    @Override
    public Optional<MessageRecord> findByOriginId(String account, Endpoint peer, String originId) {
        return database.inTransaction("read a message by its origin id", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + HistoryReader.COLUMNS + " FROM history h"
                    + " WHERE h.account = ? AND h.peer_kind = ? AND h.peer_key = ? AND h.origin_id = ? AND h.kind = 'message'")) {
                s.setString(1, account);
                s.setString(2, peer.kind().id());
                s.setString(3, ConversationFilter.key(peer));
                s.setString(4, originId);
                return new HistoryReader(c).messages(s).stream().findFirst();
            }
        });
    }

    @Override
    public boolean updateDelivery(String account, Endpoint peer, String originId, DeliveryState state) {
        return database.inTransaction("update the delivery state of a message",
                c -> HistoryRows.updateDelivery(database, account, peer, originId, state));
    }

    @Override
    public boolean correct(Correction correction) {
        return database.inTransaction("correct a message", c -> HistoryRows.correct(database, c, correction));
    }

    @Override
    public Optional<MessageRecord> find(HistoryId id) {
        return database.inTransaction("read message " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + HistoryReader.COLUMNS
                    + " FROM history h WHERE h.id = ? AND h.kind = 'message'")) {
                s.setLong(1, id.value());
                return new HistoryReader(c).messages(s).stream().findFirst();
            }
        });
    }

    @Override
    public List<HistoryEntry> timeline(Conversation conversation, @Nullable HistoryCursor before, int limit) {
        ConversationFilter filter = ConversationFilter.of(conversation);
        String sql = "SELECT " + HistoryReader.COLUMNS + " FROM history h WHERE " + filter.sql()
                + (before == null ? "" : " AND (h.at, h.id) < (?, ?)") + " ORDER BY h.at DESC, h.id DESC LIMIT ?";
        List<HistoryEntry> page = database.inTransaction("read a timeline", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int next = filter.bind(s, 1);
                if (before != null) {
                    s.setLong(next++, before.at().toEpochMilli());
                    s.setLong(next++, before.id().value());
                }
                s.setInt(next, clamp(limit));
                return new HistoryReader(c).entries(s);
            }
        });
        Collections.reverse(page);
        return page;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        Optional<String> match = FtsQuery.of(text);
        if (match.isEmpty()) {
            return List.of();
        }
        return database.inTransaction("search the history", c -> {
            HistoryRows.indexPending(database);
            try (PreparedStatement s = c.prepareStatement("SELECT " + HistoryReader.COLUMNS + ", " + SnippetMarks.SQL
                    + " FROM history_fts JOIN history h ON h.id = history_fts.rowid"
                    + " WHERE history_fts MATCH ? ORDER BY history_fts.rowid DESC LIMIT ?")) {
                s.setString(1, match.get());
                s.setInt(2, clamp(limit));
                HistoryReader reader = new HistoryReader(c);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        MessageRecord message = reader.message(rows);
                        String name = reader.owner(message.peer()).map(HistoryReader.Owner::name).orElse(null);
                        hits.add(new SearchHit(message, name,
                                SnippetMarks.parse(rows.getString(HistoryReader.COLUMN_COUNT + 1))));
                    }
                }
                return hits;
            }
        });
    }

    @Override
    public int unreadCount(Conversation conversation) {
        ConversationFilter filter = ConversationFilter.of(conversation);
        return database.inTransaction("count unread messages", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM history h WHERE " + filter.sql() + " AND h.unread = 1")) {
                filter.bind(s, 1);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public Map<PersonId, Integer> unreadByPerson() {
        // each unread message once per person, however many of the person's endpoints match its peer;
        // the partial index history_unread keeps this to the unread rows
        return database.inTransaction("count unread messages by person", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT person_id, count(*) FROM ("
                    + "SELECT DISTINCT e.person_id, h.id FROM history h"
                    + " JOIN endpoints e ON e.kind = h.peer_kind AND lower(e.address) = h.peer_key"
                    + " WHERE h.unread = 1) GROUP BY person_id");
                    ResultSet rows = s.executeQuery()) {
                Map<PersonId, Integer> counts = new HashMap<>();
                while (rows.next()) {
                    counts.put(new PersonId(rows.getLong(1)), rows.getInt(2));
                }
                return counts;
            }
        });
    }

    @Override
    public int markRead(Conversation conversation) {
        ConversationFilter filter = ConversationFilter.of(conversation);
        return database.inTransaction("mark messages read", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE history AS h SET unread = 0 WHERE " + filter.sql() + " AND h.unread = 1")) {
                filter.bind(s, 1);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public long count() {
        return database.inTransaction("count history entries", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM history");
                    ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static int clamp(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return Math.min(limit, MAX_LIMIT);
    }
}
