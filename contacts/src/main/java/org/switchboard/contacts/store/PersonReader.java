package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonName;
import org.switchboard.contacts.Photo;

/** Reads persons: one query for the persons, one for their endpoints, stitched in memory. */
final class PersonReader {
    private static final String COLUMNS = "id, display_name, name_family, name_given, name_additional, name_prefix,"
            + " name_suffix, organization, title, note, birthday, photo_data, photo_media_type, photo_url,"
            + " categories, preferred_channel, extra_vcard";
    private static final String VISIBLE = " WHERE absorbed_into IS NULL";

    private PersonReader() {}

    /** Every visible (not merged-away) person, in no particular order. */
    static List<Person> all(Connection connection) throws SQLException {
        Map<Long, List<Endpoint>> endpoints = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                        "SELECT person_id, kind, address, label FROM endpoints ORDER BY person_id, position");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                endpoints.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>(4)).add(endpoint(rows, 2));
            }
        }
        List<Person> persons = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + COLUMNS + " FROM persons" + VISIBLE);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                persons.add(person(rows, endpoints.getOrDefault(rows.getLong(1), List.of())));
            }
        }
        return persons;
    }

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

    private static Endpoint endpoint(ResultSet rows, int first) throws SQLException {
        String kindId = rows.getString(first);
        EndpointKind kind = EndpointKind.fromId(kindId)
                .orElseThrow(() -> new SQLException("unknown endpoint kind \"" + kindId + "\" in the database"));
        return new Endpoint(kind, rows.getString(first + 1), rows.getString(first + 2));
    }

    private static Person person(ResultSet r, List<Endpoint> endpoints) throws SQLException {
        PersonName name = new PersonName(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7));
        String birthday = r.getString(11);
        String categories = r.getString(15);
        String preferred = r.getString(16);
        return new Person(new PersonId(r.getLong(1)), r.getString(2), name, r.getString(8), r.getString(9),
                r.getString(10), birthday == null ? null : LocalDate.parse(birthday), photo(r),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split("\n", -1)), endpoints,
                preferred == null ? null : ChannelKind.fromId(preferred).orElse(null), r.getString(17));
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
