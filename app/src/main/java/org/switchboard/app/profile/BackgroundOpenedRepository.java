package org.switchboard.app.profile;

import org.switchboard.app.StartupTrace;
import org.switchboard.app.StartupWork;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.merge.MergeService;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * An address book opened on a thread of its own while the window starts; every call waits for the
 * opening (calls come from background tasks, so nothing on the FX thread waits). The first search
 * index is built right after opening on the same thread, in parallel with the toolkit's start-up, and
 * a caller waiting for the opening is released before it (a dependent stage of the opening would have
 * been run by whichever thread was waiting: at an XMPP start, the channel hub, which then read 2,000
 * persons before it could start connecting). A platform thread ({@link StartupWork}). Its
 * {@link #mergeService()}, {@link #accounts()} and {@link #messageHistory()} wait for the opening the same way.
 */
public final class BackgroundOpenedRepository implements PersonRepository {
    private final CompletableFuture<SqlitePersonRepository> opened;
    private final CompletableFuture<PersonSearchIndex> firstIndex;

    public BackgroundOpenedRepository(Supplier<SqlitePersonRepository> opener) {
        this.opened = new CompletableFuture<>();
        this.firstIndex = new CompletableFuture<>();
        StartupWork.start("switchboard-open-profile", () -> open(opener));
    }

    private void open(Supplier<SqlitePersonRepository> opener) {
        SqlitePersonRepository repository;
        try {
            repository = opener.get();
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
            firstIndex.completeExceptionally(e);
            return;
        }
        StartupTrace.mark("profile opened");
        opened.complete(repository);
        try {
            var all = repository.findAll();
            StartupTrace.mark("persons read");
            PersonSearchIndex index = PersonSearchIndex.of(all);
            StartupTrace.mark("index built");
            firstIndex.complete(index);
        } catch (RuntimeException e) {
            firstIndex.completeExceptionally(e);
        }
    }

    /** Every person, indexed, as loaded at start-up (completes exceptionally if the profile cannot be opened). */
    public CompletableFuture<PersonSearchIndex> firstIndex() {
        return firstIndex;
    }

    /** Merging and unmerging in this address book; each call waits for the opening (call it in the background). */
    public MergeService mergeService() {
        return new MergeService() {
            @Override
            public Person merge(PersonId keep, PersonId absorb) {
                return repository().mergeService().merge(keep, absorb);
            }

            @Override
            public Person unmerge(PersonId absorbed) {
                return repository().mergeService().unmerge(absorbed);
            }

            @Override
            public List<PersonId> absorbedInto(PersonId survivor) {
                return repository().mergeService().absorbedInto(survivor);
            }

            @Override
            public List<Person> absorbedPersons(PersonId survivor) {
                return repository().mergeService().absorbedPersons(survivor);
            }
        };
    }

    /** The accounts stored in this profile; each call waits for the opening (call it in the background). */
    public AccountRepository accounts() {
        return new DeferredAccounts(() -> repository().accounts());
    }

    /** The message history of this profile; each call waits for the opening (call it in the background). */
    public MessageHistory messageHistory() {
        return new DeferredHistory(() -> repository().messageHistory());
    }

    /** The opened profile database, waiting for the opening (call it in the background). */
    public SqlitePersonRepository awaitOpened() {
        return repository();
    }

    private SqlitePersonRepository repository() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public List<Person> findAll() {
        return repository().findAll();
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return repository().find(id);
    }

    @Override
    public int count() {
        return repository().count();
    }

    @Override
    public Person save(Person person) {
        return repository().save(person);
    }

    @Override
    public List<Person> saveAll(Collection<Person> persons) {
        return repository().saveAll(persons);
    }

    @Override
    public boolean delete(PersonId id) {
        return repository().delete(id);
    }

    @Override
    public List<Person> findByAddress(EndpointKind kind, String normalisedAddress) {
        return repository().findByAddress(kind, normalisedAddress);
    }

    @Override
    public java.util.Map<String, List<Person>> findByAddresses(EndpointKind kind, java.util.Collection<String> normalisedAddresses) {
        return repository().findByAddresses(kind, normalisedAddresses);
    }

    @Override
    public void recordUse(PersonId id, ChannelKind channel) {
        repository().recordUse(id, channel);
    }

    @Override
    public Optional<ChannelKind> lastUsed(PersonId id) {
        return repository().lastUsed(id);
    }

    @Override
    public void close() {
        opened.thenAccept(PersonRepository::close).join();
    }
}
