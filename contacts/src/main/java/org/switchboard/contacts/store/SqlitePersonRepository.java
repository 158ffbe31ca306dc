package org.switchboard.contacts.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.merge.MergeService;

/**
 * The address book in one SQLite file. Thread-safe: one connection behind a lock, every write one
 * transaction. Saving a person whose id is no longer stored re-inserts it with that id (undo of a
 * delete); ids of deleted persons are never handed out again.
 */
public final class SqlitePersonRepository implements PersonRepository {
    private static final Comparator<Person> BY_NAME =
            Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER);

    private final Database database;

    private SqlitePersonRepository(Database database) {
        this.database = database;
    }

    /**
     * Opens (creating when missing, with parent directories) the address book in {@code databaseFile},
     * readable by the user only, and brings its schema up to date.
     *
     * @throws StoreException naming the file when it cannot be opened or was written by a newer version
     */
    public static SqlitePersonRepository open(Path databaseFile) {
        Database database = Database.open(databaseFile);
        try {
            Migrations.apply(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new SqlitePersonRepository(database);
    }

    /** The database file. */
    public Path file() {
        return database.file();
    }

    /** The schema version this code writes. */
    public static int schemaVersion() {
        return Migrations.latestVersion();
    }

    /** Merging and unmerging of persons stored here. */
    /** The accounts stored in the same profile database. */
    public AccountRepository accounts() {
        return new SqliteAccountRepository(database);
    }

    public MergeService mergeService() {
        return new SqliteMergeService(database);
    }

    /** Small key/value settings of the profile (schema V5), in the same database. */
    public ProfileSettings settings() {
        return new SqliteProfileSettings(database);
    }

    /** The message history in the same database (same connection, same transactions' lock). */
    public MessageHistory messageHistory() {
        return new SqliteMessageHistory(database);
    }

    @Override
    public List<Person> findAll() {
        List<Person> persons = new ArrayList<>(database.inTransaction("read all persons", PersonReader::all));
        persons.sort(BY_NAME);
        return persons;
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return database.inTransaction("read person " + id, c -> PersonReader.one(c, id, false));
    }

    @Override
    public int count() {
        return database.inTransaction("count persons", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM persons WHERE absorbed_into IS NULL");
                    ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public Person save(Person person) {
        return saveAll(List.of(person)).getFirst();
    }

    @Override
    public List<Person> saveAll(Collection<Person> persons) {
        long now = System.currentTimeMillis();
        return database.inTransaction("save " + persons.size() + " persons", c -> PersonRows.save(c, persons, now));
    }

    @Override
    public boolean delete(PersonId id) {
        return database.inTransaction("delete person " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM persons WHERE id = ?")) {
                s.setLong(1, id.value());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<Person> findByAddress(EndpointKind kind, String normalisedAddress) {
        List<Person> found = database.inTransaction("find " + normalisedAddress, c -> {
            List<Person> persons = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT person_id FROM endpoints"
                    + " WHERE kind = ? AND lower(address) = lower(?) ORDER BY person_id")) {
                s.setString(1, kind.id());
                s.setString(2, normalisedAddress);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        PersonReader.one(c, new PersonId(rows.getLong(1)), false).ifPresent(persons::add);
                    }
                }
            }
            return persons;
        });
        return found.stream().sorted(BY_NAME).toList();
    }

    @Override
    public Map<String, List<Person>> findByAddresses(EndpointKind kind, Collection<String> normalisedAddresses) {
        Set<String> wanted = new LinkedHashSet<>();
        normalisedAddresses.forEach(a -> wanted.add(a.toLowerCase(Locale.ROOT)));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return database.inTransaction("find the persons of " + wanted.size() + " addresses", c -> {
            Map<Long, List<String>> addressesById = EndpointOwners.of(c, kind, wanted);
            Map<String, List<Person>> found = new LinkedHashMap<>();
            for (Person person : PersonReader.some(c, addressesById.keySet())) {
                for (String address : addressesById.get(person.id().value())) {
                    found.computeIfAbsent(address, a -> new ArrayList<>()).add(person);
                }
            }
            found.values().forEach(owners -> owners.sort(BY_NAME));
            return found;
        });
    }

    @Override
    public void recordUse(PersonId id, ChannelKind channel) {
        database.inTransaction("record use of " + channel.id() + " with person " + id, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE persons SET last_used_channel = ?, last_used_at = ? WHERE id = ?")) {
                s.setString(1, channel.id());
                s.setLong(2, System.currentTimeMillis());
                s.setLong(3, id.value());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ChannelKind> lastUsed(PersonId id) {
        return database.inTransaction("read the last channel used with person " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT last_used_channel FROM persons WHERE id = ?")) {
                s.setLong(1, id.value());
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)).flatMap(ChannelKind::fromId)
                            : Optional.<ChannelKind>empty();
                }
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
