package org.switchboard.contacts.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.contacts.Endpoint;

/**
 * Endpoint rows ({@code person_id, kind, address, label}) ordered by person id and position,
 * handed out person by person to a reader that asks for ids in increasing order. Rows of persons
 * never asked for (merged-away ones) are skipped.
 */
final class EndpointCursor {
    private final ResultSet rows;
    private boolean onRow;

    EndpointCursor(ResultSet rows) throws SQLException {
        this.rows = rows;
        this.onRow = rows.next();
    }

    /** The endpoints of person {@code id}, in position order; ids must be asked for in increasing order. */
    List<Endpoint> of(long id) throws SQLException {
        while (onRow && rows.getLong(1) < id) {
            onRow = rows.next();
        }
        if (!onRow || rows.getLong(1) != id) {
            return List.of();
        }
        List<Endpoint> endpoints = new ArrayList<>(4);
        do {
            endpoints.add(PersonReader.endpoint(rows, 2));
            onRow = rows.next();
        } while (onRow && rows.getLong(1) == id);
        return endpoints;
    }
}
