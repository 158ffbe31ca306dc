package org.switchboard.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.channels.ChannelStores;
import org.switchboard.app.profile.Profile;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.merge.MergeService;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** One CLI invocation: the profile, the streams, and the address book opened on first use. */
final class Session implements AutoCloseable {
    private final Profile profile;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private @Nullable SqlitePersonRepository repository;

    Session(Profile profile, PrintStream out, PrintStream err, InputStream in) {
        this.profile = profile;
        this.out = out;
        this.err = err;
        this.in = in;
    }

    Profile profile() {
        return profile;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    InputStream in() {
        return in;
    }

    /** The accounts of the profile (in the same database as the address book). */
    AccountRepository accounts() {
        return store().accounts();
    }

    PersonRepository repository() {
        return store();
    }

    /** The message history, in the same profile database as the address book. */
    MessageHistory history() {
        return store().messageHistory();
    }

    /** The profile's small settings (own status). */
    ProfileSettings settings() {
        return store().settings();
    }

    /** What a channel hub reads and writes in this profile. */
    ChannelStores stores() {
        return ChannelStores.of(store());
    }

    MergeService merging() {
        return store().mergeService();
    }

    private SqlitePersonRepository store() {
        SqlitePersonRepository opened = repository;
        if (opened == null) {
            opened = SqlitePersonRepository.open(profile.ensureExists().databaseFile());
            repository = opened;
        }
        return opened;
    }

    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }
}
