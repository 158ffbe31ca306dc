package org.switchboard.app.channels;

import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.settings.ProfileSettings;
import org.switchboard.contacts.store.SqlitePersonRepository;

/** What the hub reads and writes in the profile: accounts, the address book (roster links), the history, the own status. */
public record ChannelStores(AccountRepository accounts, PersonRepository persons, MessageHistory history, ProfileSettings settings) {
    /** Everything from one profile database. */
    public static ChannelStores of(SqlitePersonRepository repository) {
        return of(repository, repository);
    }

    /** From one profile database, with the address book seen through {@code persons} (e.g. the GUI's wrapper). */
    public static ChannelStores of(SqlitePersonRepository repository, PersonRepository persons) {
        return new ChannelStores(repository.accounts(), persons, repository.messageHistory(), repository.settings());
    }
}
