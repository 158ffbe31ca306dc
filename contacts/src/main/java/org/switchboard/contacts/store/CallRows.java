package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.calls.CallQuality;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryId;

/** Writes and reads calls: a {@code history} row of kind {@code call} plus its figures in {@code calls}. */
final class CallRows {
    private static final String INSERT_ENTRY = "INSERT INTO history (kind, account, peer_kind, peer_address, peer_key,"
            + " direction, body, at, origin_id, delivery, unread) VALUES ('call', ?, ?, ?, ?, ?, ?, ?, ?, 'DELIVERED', 0)"
            + " ON CONFLICT DO NOTHING";
    private static final String INSERT_FIGURES = "INSERT INTO calls (history_id, talked_ms, outcome, codec, packets_sent,"
            + " packets_received, loss_percent, jitter_ms, round_trip_ms, mos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIGURES = "SELECT talked_ms, outcome, codec, packets_sent, packets_received, loss_percent,"
            + " jitter_ms, round_trip_ms, mos FROM calls WHERE history_id = ?";

    private CallRows() {}

    /** Stores the call unless its id is known in its account (the origin-id index); {@code true} when new. */
    static boolean append(Connection c, CallRecord call) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(INSERT_ENTRY, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, call.account());
            s.setString(2, call.peer().kind().id());
            s.setString(3, call.peer().address());
            s.setString(4, ConversationFilter.key(call.peer()));
            s.setString(5, call.direction().name());
            s.setString(6, call.summary());
            s.setLong(7, call.at().toEpochMilli());
            s.setString(8, call.callId());
            if (s.executeUpdate() == 0) {
                return false;
            }
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_FIGURES)) {
            CallQuality q = call.quality();
            s.setLong(1, id);
            s.setLong(2, call.talked().toMillis());
            s.setString(3, call.outcome());
            s.setString(4, q.codec());
            s.setLong(5, q.packetsSent());
            s.setLong(6, q.packetsReceived());
            s.setDouble(7, q.lossPercent());
            s.setDouble(8, q.jitterMs());
            s.setDouble(9, q.roundTripMs());
            s.setDouble(10, q.mos());
            s.executeUpdate();
        }
        return true;
    }

    /** The call of a history row read by {@link HistoryReader} (its common columns already read). */
    static CallRecord read(Connection c, long id, @Nullable PersonId person, String account, Endpoint peer,
                           Direction direction, Instant at, String callId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FIGURES)) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("call " + id + " has no figures in the calls table");
                }
                CallQuality quality = new CallQuality(row.getString(3), row.getLong(4), row.getLong(5), row.getDouble(6),
                        row.getDouble(7), row.getDouble(8), row.getDouble(9), Duration.ZERO);
                return new CallRecord(new HistoryId(id), person, account, peer, direction, at, callId,
                        Duration.ofMillis(row.getLong(1)), row.getString(2), quality);
            }
        }
    }

}
