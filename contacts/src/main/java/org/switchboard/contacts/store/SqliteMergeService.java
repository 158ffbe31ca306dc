package org.switchboard.contacts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.merge.ExtraProperties;
import org.switchboard.contacts.merge.MergeField;
import org.switchboard.contacts.merge.MergeResult;
import org.switchboard.contacts.merge.MergeService;
import org.switchboard.contacts.merge.PersonMerger;

/**
 * Merges in the same database: the absorbed person's row stays, hidden ({@code absorbed_into}),
 * and the {@code merges} table remembers what the survivor gained, so unmerge loses nothing.
 */
final class SqliteMergeService implements MergeService {
    private final Database database;

    SqliteMergeService(Database database) {
        this.database = database;
    }

    @Override
    public Person merge(PersonId keep, PersonId absorb) {
        if (keep.equals(absorb)) {
            throw new IllegalArgumentException("Cannot merge person " + keep + " into itself");
        }
        return database.inTransaction("merge person " + absorb + " into " + keep, c -> {
            Person survivor = visible(c, keep);
            MergeResult result = PersonMerger.merge(survivor, visible(c, absorb));
            Person stored = PersonRows.save(c, List.of(result.merged()), System.currentTimeMillis()).getFirst();
            setAbsorbedInto(c, absorb, keep);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO merges (absorbed_id, survivor_id,"
                    + " added_endpoints, filled_fields, added_extra, merged_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, absorb.value());
                s.setLong(2, keep.value());
                s.setString(3, encode(result.addedEndpoints()));
                s.setString(4, result.filledFields().stream().map(Enum::name).collect(Collectors.joining(",")));
                s.setString(5, ExtraProperties.join(result.addedExtraProperties()));
                s.setLong(6, System.currentTimeMillis());
                s.executeUpdate();
            }
            return stored;
        });
    }

    @Override
    public Person unmerge(PersonId absorbed) {
        return database.inTransaction("unmerge person " + absorbed, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT survivor_id, added_endpoints, filled_fields,"
                    + " added_extra FROM merges WHERE absorbed_id = ?")) {
                s.setLong(1, absorbed.value());
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        throw new NoSuchElementException("Person " + absorbed + " was not merged into anyone");
                    }
                    PersonId survivorId = new PersonId(rows.getLong(1));
                    MergeResult added = new MergeResult(stored(c, survivorId), decode(rows.getString(2)),
                            fields(rows.getString(3)), ExtraProperties.split(rows.getString(4)));
                    Person restored = stored(c, absorbed);
                    Person survivor = PersonMerger.separate(added.merged(), restored, added);
                    PersonRows.save(c, List.of(survivor), System.currentTimeMillis());
                }
            }
            setAbsorbedInto(c, absorbed, null);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM merges WHERE absorbed_id = ?")) {
                s.setLong(1, absorbed.value());
                s.executeUpdate();
            }
            return stored(c, absorbed);
        });
    }

    @Override
    public List<PersonId> absorbedInto(PersonId survivor) {
        return database.inTransaction("list persons merged into " + survivor, c -> absorbedIds(c, survivor));
    }

    private static List<PersonId> absorbedIds(Connection c, PersonId survivor) throws SQLException {
        List<PersonId> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT absorbed_id FROM merges WHERE survivor_id = ? ORDER BY merged_at, absorbed_id")) {
            s.setLong(1, survivor.value());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(new PersonId(rows.getLong(1)));
                }
            }
        }
        return ids;
    }

    @Override
    public List<Person> absorbedPersons(PersonId survivor) {
        return database.inTransaction("read persons merged into " + survivor, c -> {
            List<Person> persons = new ArrayList<>();
            for (PersonId id : absorbedIds(c, survivor)) {
                persons.add(stored(c, id));
            }
            return persons;
        });
    }

    private static Person visible(Connection c, PersonId id) throws SQLException {
        return PersonReader.one(c, id, false)
                .orElseThrow(() -> new NoSuchElementException("There is no person " + id + " to merge"));
    }

    private static Person stored(Connection c, PersonId id) throws SQLException {
        return PersonReader.one(c, id, true)
                .orElseThrow(() -> new NoSuchElementException("Person " + id + " is no longer stored"));
    }

    private static void setAbsorbedInto(Connection c, PersonId id, @Nullable PersonId survivor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE persons SET absorbed_into = ? WHERE id = ?")) {
            if (survivor == null) {
                s.setNull(1, java.sql.Types.INTEGER);
            } else {
                s.setLong(1, survivor.value());
            }
            s.setLong(2, id.value());
            s.executeUpdate();
        }
    }

    private static String encode(List<Endpoint> endpoints) {
        return endpoints.stream().map(e -> e.kind().id() + "\t" + e.address() + "\t" + e.label())
                .collect(Collectors.joining("\n"));
    }

    private static List<Endpoint> decode(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).map(line -> {
            String[] parts = line.split("\t", 3);
            return new Endpoint(EndpointKind.fromId(parts[0]).orElseThrow(), parts[1], parts[2]);
        }).toList();
    }

    private static Set<MergeField> fields(String text) {
        Set<MergeField> fields = EnumSet.noneOf(MergeField.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).forEach(s -> fields.add(MergeField.valueOf(s)));
        return fields;
    }
}
