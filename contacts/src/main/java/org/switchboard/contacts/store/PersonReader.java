package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.Photo;

/** Reads persons: one query for the persons, one for their endpoints, joined in id order. */
final class PersonReader {
    private static final String COLUMNS = "id, display_name, name_family, name_given, name_additional, name_prefix,"
            + " name_suffix, organization, title, note, birthday, photo_data, photo_media_type, photo_url,"
            + " categories, preferred_channel, extra_vcard";
    private static final String VISIBLE = " WHERE absorbed_into IS NULL";

    private PersonReader() {}

    /**
     * Every visible (not merged-away) person, in id order: persons and endpoints are read by two
     * cursors, both in person id order, and joined as they go (no map of 100,000 lists).
     */
    static List<Person> all(Connection connection) throws SQLException {
        List<Person> persons = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM persons" + VISIBLE
                        + " ORDER BY id");
                PreparedStatement e = connection.prepareStatement(
                        "SELECT person_id, kind, address, label FROM endpoints ORDER BY person_id, position");
                ResultSet personRows = p.executeQuery();
                ResultSet endpointRows = e.executeQuery()) {
            EndpointCursor endpoints = new EndpointCursor(endpointRows);
            while (personRows.next()) {
                persons.add(person(personRows, endpoints.of(personRows.getLong(1))));
            }
        }
        return persons;
    }

    /**
     * The visible persons among {@code ids}, in id order, read by the same two cursors as {@link #all}
     * in chunks of ids (never more than SQLite's parameter limit in one statement).
     */
    static List<Person> some(Connection connection, Collection<Long> ids) throws SQLException {
        List<Long> sorted = ids.stream().sorted().toList();
        List<Person> persons = new ArrayList<>(sorted.size());
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            String in = " IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS + " FROM persons" + VISIBLE
                            + " AND id" + in + " ORDER BY id");
                    PreparedStatement e = connection.prepareStatement(
                            "SELECT person_id, kind, address, label FROM endpoints WHERE person_id" + in
                                    + " ORDER BY person_id, position")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setLong(i + 1, chunk.get(i));
                    e.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet personRows = p.executeQuery(); ResultSet endpointRows = e.executeQuery()) {
                    EndpointCursor endpoints = new EndpointCursor(endpointRows);
                    while (personRows.next()) {
                        persons.add(person(personRows, endpoints.of(personRows.getLong(1))));
                    }
                }
            }
        }
        return persons;
    }

    /** Ids bound in one statement: well below SQLite's limit of 32,766 parameters. */
    static final int CHUNK = 500;

    /** The person with this id; merged-away persons only when {@code includeAbsorbed}. */
    static Optional<Person> one(Connection connection, PersonId id, boolean includeAbsorbed) throws SQLException {
        List<Endpoint> endpoints = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT kind, address, label FROM endpoints WHERE person_id = ? ORDER BY position")) {
            s.setLong(1, id.value());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    endpoints.add(endpoint(rows, 1));
                }
            }
        }
        String where = " WHERE id = ?" + (includeAbsorbed ? "" : " AND absorbed_into IS NULL");
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM persons" + where)) {
            s.setLong(1, id.value());
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(person(rows, endpoints)) : Optional.empty();
            }
        }
    }

    /** A stored endpoint: already validated and normalised when saved, so built directly. */
    static Endpoint endpoint(ResultSet rows, int first) throws SQLException {
        return new Endpoint(StoredValues.kind(rows.getString(first)), rows.getString(first + 1),
                StoredValues.text(rows, first + 2));
    }

    private static Person person(ResultSet r, List<Endpoint> endpoints) throws SQLException {
        PersonName name = new PersonName(StoredValues.text(r, 3), StoredValues.text(r, 4), StoredValues.text(r, 5),
                StoredValues.text(r, 6), StoredValues.text(r, 7));
        if (name.isEmpty()) {
            name = PersonName.EMPTY; // one instance for the many persons known by a display name only
        }
        String birthday = r.getString(11);
        String categories = r.getString(15);
        String preferred = r.getString(16);
        return new Person(new PersonId(r.getLong(1)), r.getString(2), name, StoredValues.text(r, 8),
                StoredValues.text(r, 9), StoredValues.text(r, 10),
                birthday == null ? null : StoredValues.date(birthday), photo(r),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split("\n", -1)), endpoints,
                preferred == null ? null : ChannelKind.fromId(preferred).orElse(null),
                StoredValues.text(r, 17));
    }

    private static @Nullable Photo photo(ResultSet r) throws SQLException {
        String mediaType = r.getString(13);
        if (mediaType == null) {
            return null;
        }
        byte[] data = r.getBytes(12);
        String url = r.getString(14);
        return new Photo(data == null ? new byte[0] : data, mediaType, url == null ? "" : url);
    }
}
