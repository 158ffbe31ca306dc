package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.contacts.EndpointKind;

/**
 * Which persons own which addresses of one kind, looked up in chunks through the
 * {@code endpoints_by_address} index ({@code kind, lower(address)}): one statement per
 * {@value PersonReader#CHUNK} addresses instead of one per address.
 */
final class EndpointOwners {
    private EndpointOwners() {}

    /** The lower-cased {@code addresses} each person id owns (merged-away persons included; the reader drops them). */
    static Map<Long, List<String>> of(Connection c, EndpointKind kind, Set<String> addresses) throws SQLException {
        List<String> all = List.copyOf(addresses);
        Map<Long, List<String>> owners = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += PersonReader.CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + PersonReader.CHUNK));
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT person_id, lower(address) FROM endpoints"
                    + " WHERE kind = ? AND lower(address) IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                s.setString(1, kind.id());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        owners.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>(1)).add(rows.getString(2));
                    }
                }
            }
        }
        return owners;
    }
}
