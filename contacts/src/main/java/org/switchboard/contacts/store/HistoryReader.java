package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.HistoryId;
import org.switchboard.contacts.history.MessageRecord;

/** Reads history rows into messages, with the person each peer belongs to in the address book now. */
final class HistoryReader {
    /** The columns {@link #message} reads, in order, from {@code history h}. */
    static final String COLUMNS = "h.id, h.account, h.peer_kind, h.peer_address, h.direction, h.body, h.at,"
            + " h.origin_id, h.stanza_id, h.delivery, h.unread, h.corrected_at, h.original_body, h.kind";
    static final int COLUMN_COUNT = 14;

    /** The owner of an address: the visible person with the lowest id having it. */
    record Owner(PersonId id, String name) {}

    private final Connection connection;
    private final Map<String, Optional<Owner>> owners = new HashMap<>();

    HistoryReader(Connection connection) {
        this.connection = connection;
    }

    /** The message in the current row, with its peer's owner. */
    MessageRecord message(ResultSet row) throws SQLException {
        Endpoint peer = peer(row);
        long correctedAt = row.getLong(12);
        Instant corrected = row.wasNull() ? null : Instant.ofEpochMilli(correctedAt);
        @Nullable Owner owner = owner(peer).orElse(null);
        return new MessageRecord(new HistoryId(row.getLong(1)), owner == null ? null : owner.id(), row.getString(2),
                peer, Direction.valueOf(row.getString(5)), row.getString(6), Instant.ofEpochMilli(row.getLong(7)),
                row.getString(8), row.getString(9), DeliveryState.valueOf(row.getString(10)), row.getInt(11) != 0,
                corrected, row.getString(13));
    }

    private static Endpoint peer(ResultSet row) throws SQLException {
        String kindId = row.getString(3);
        EndpointKind kind = EndpointKind.fromId(kindId)
                .orElseThrow(() -> new StoreException("unknown address kind in the history: " + kindId));
        return new Endpoint(kind, row.getString(4), "");
    }

    /** The person owning the address now, looked up once per reader. */
    Optional<Owner> owner(Endpoint peer) throws SQLException {
        String key = peer.kind().id() + "\t" + ConversationFilter.key(peer);
        Optional<Owner> known = owners.get(key);
        if (known != null) {
            return known;
        }
        Optional<Owner> found = Optional.empty();
        try (PreparedStatement s = connection.prepareStatement("SELECT p.id, p.display_name FROM endpoints e"
                + " JOIN persons p ON p.id = e.person_id WHERE e.kind = ? AND lower(e.address) = ?"
                + " AND p.absorbed_into IS NULL ORDER BY p.id LIMIT 1")) {
            s.setString(1, peer.kind().id());
            s.setString(2, ConversationFilter.key(peer));
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    found = Optional.of(new Owner(new PersonId(rows.getLong(1)), rows.getString(2)));
                }
            }
        }
        owners.put(key, found);
        return found;
    }

    /** The message or call in the current row. */
    HistoryEntry entry(ResultSet row) throws SQLException {
        if (!"call".equals(row.getString(14))) {
            return message(row);
        }
        Endpoint peer = peer(row);
        @Nullable Owner owner = owner(peer).orElse(null);
        return CallRows.read(connection, row.getLong(1), owner == null ? null : owner.id(), row.getString(2), peer,
                Direction.valueOf(row.getString(5)), Instant.ofEpochMilli(row.getLong(7)), row.getString(8));
    }

    /** Every message or call a query selecting {@link #COLUMNS} returns. */
    List<HistoryEntry> entries(PreparedStatement statement) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return entries;
    }

    /** Every message a query selecting {@link #COLUMNS} returns. */
    List<MessageRecord> messages(PreparedStatement statement) throws SQLException {
        List<MessageRecord> messages = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                messages.add(message(rows));
            }
        }
        return messages;
    }
}
