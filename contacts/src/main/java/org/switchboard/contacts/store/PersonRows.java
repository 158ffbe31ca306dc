package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;

/** Writes persons and their endpoints with prepared, batched statements. */
final class PersonRows {
    private static final String UPSERT = "INSERT INTO persons (id, display_name, name_family, name_given,"
            + " name_additional, name_prefix, name_suffix, organization, title, note, birthday, photo_data,"
            + " photo_media_type, photo_url, categories, preferred_channel, extra_vcard, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name,"
            + " name_family = excluded.name_family, name_given = excluded.name_given,"
            + " name_additional = excluded.name_additional, name_prefix = excluded.name_prefix,"
            + " name_suffix = excluded.name_suffix, organization = excluded.organization, title = excluded.title,"
            + " note = excluded.note, birthday = excluded.birthday, photo_data = excluded.photo_data,"
            + " photo_media_type = excluded.photo_media_type, photo_url = excluded.photo_url,"
            + " categories = excluded.categories, preferred_channel = excluded.preferred_channel,"
            + " extra_vcard = excluded.extra_vcard, updated_at = excluded.updated_at";
    private static final String INSERT_ENDPOINT =
            "INSERT INTO endpoints (person_id, position, kind, address, label) VALUES (?, ?, ?, ?, ?)";
    private static final int BATCH = 2_000;

    private PersonRows() {}

    /** Stores every person (inserting, replacing or re-inserting with its old id) and returns them with ids. */
    static List<Person> save(Connection connection, Collection<Person> persons, long now) throws SQLException {
        long nextId = nextFreeId(connection);
        BulkIndexes bulk = BulkIndexes.worthIt(persons.size(), nextId - 1)
                ? BulkIndexes.drop(connection, "endpoints") : null;
        List<Person> stored = insertAll(connection, persons, nextId, now);
        if (bulk != null) {
            bulk.restore();
        }
        return stored;
    }

    private static List<Person> insertAll(Connection connection, Collection<Person> persons, long firstId, long now)
            throws SQLException {
        long nextId = firstId;
        List<Person> stored = new ArrayList<>(persons.size());
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                PreparedStatement clear = connection.prepareStatement("DELETE FROM endpoints WHERE person_id = ?");
                PreparedStatement endpoints = connection.prepareStatement(INSERT_ENDPOINT)) {
            int pending = 0;
            for (Person person : persons) {
                PersonId given = person.id();
                PersonId id = given != null ? given : new PersonId(nextId++);
                if (given != null) {
                    upsert.executeBatch();
                    endpoints.executeBatch();
                    nextId = Math.max(nextId, given.value() + 1);
                    clear.setLong(1, id.value());
                    clear.executeUpdate();
                }
                bindPerson(upsert, person, id, now);
                upsert.addBatch();
                bindEndpoints(endpoints, id, person.endpoints());
                stored.add(person.withId(id));
                if (++pending % BATCH == 0) {
                    upsert.executeBatch();
                    endpoints.executeBatch();
                }
            }
            upsert.executeBatch();
            endpoints.executeBatch();
        }
        return stored;
    }

    /** The lowest id never handed out: ids of deleted persons are not reused, so an undo can restore them. */
    private static long nextFreeId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                        + " WHERE name = 'persons'), 0), coalesce((SELECT max(id) FROM persons), 0))")) {
            rows.next();
            return rows.getLong(1) + 1;
        }
    }

    private static void bindPerson(PreparedStatement s, Person p, PersonId id, long now) throws SQLException {
        s.setLong(1, id.value());
        s.setString(2, p.displayName());
        s.setString(3, p.name().family());
        s.setString(4, p.name().given());
        s.setString(5, p.name().additional());
        s.setString(6, p.name().prefix());
        s.setString(7, p.name().suffix());
        s.setString(8, p.organization());
        s.setString(9, p.title());
        s.setString(10, p.note());
        s.setString(11, p.birthday() == null ? null : p.birthday().toString());
        s.setBytes(12, p.photo() == null ? null : p.photo().data());
        s.setString(13, p.photo() == null ? null : p.photo().mediaType());
        s.setString(14, p.photo() == null ? null : p.photo().url());
        s.setString(15, String.join("\n", p.categories()));
        s.setString(16, p.preferredChannel() == null ? null : p.preferredChannel().id());
        s.setString(17, p.extraVcard());
        s.setLong(18, now);
        s.setLong(19, now);
    }

    private static void bindEndpoints(PreparedStatement s, PersonId id, List<Endpoint> endpoints) throws SQLException {
        for (int position = 0; position < endpoints.size(); position++) {
            Endpoint endpoint = endpoints.get(position);
            s.setLong(1, id.value());
            s.setInt(2, position);
            s.setString(3, endpoint.kind().id());
            s.setString(4, endpoint.address());
            s.setString(5, endpoint.label());
            s.addBatch();
        }
    }
}
