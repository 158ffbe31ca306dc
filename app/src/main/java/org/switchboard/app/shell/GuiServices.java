package org.switchboard.app.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.importing.ContactExporter;
import org.switchboard.app.importing.ContactImporter;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.system.DesktopUriOpener;
import org.switchboard.app.system.UriOpener;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
import org.switchboard.contacts.accounts.AccountRepository;
import org.switchboard.contacts.history.MessageHistory;
import org.switchboard.contacts.merge.MergeService;
import org.switchboard.contacts.search.PersonSearchIndex;
import org.switchboard.contacts.vcard.VcardExporter;
import org.switchboard.contacts.vcard.VcardImporter;

/**
 * Everything the GUI needs from the rest of the application, handed in by the composition root.
 *
 * @param profileDir the profile the GUI works on
 * @param repository the address book
 * @param merging merging and unmerging persons of {@code repository} (blocking: call it in the background)
 * @param reachContext presence and usable channels (no accounts yet: {@link ReachContext#NO_ACCOUNTS})
 * @param uriOpener hands URIs to the desktop
 * @param importer vCard import
 * @param exporter vCard export
 * @param clock the clock Reach decides with
 * @param firstIndex the address book as loaded while the toolkit started, or {@code null} to load it after the window shows
 * @param channels the running channels ({@link ChannelHub#NONE} without accounts); listeners are called on the FX thread
 * @param accounts the user's accounts (blocking: call it in the background)
 * @param secrets the OS secret store for the accounts' passwords (blocking: call it in the background)
 * @param history the message history (blocking: call it in the background)
 * @param calls what calls need (the audio engine, the profile settings); {@link CallSetup#NONE} without calls
 */
public record GuiServices(
        Path profileDir,
        PersonRepository repository,
        MergeService merging,
        ReachContext reachContext,
        UriOpener uriOpener,
        ContactImporter importer,
        ContactExporter exporter,
        Clock clock,
        @Nullable CompletableFuture<PersonSearchIndex> firstIndex,
        ChannelHub channels,
        AccountRepository accounts,
        SecretStore secrets,
        MessageHistory history,
        CallSetup calls) {

    /** The defaults for a profile: no channels, no stored accounts or history, the desktop's URI handler, ez-vcard import and export. */
    public static GuiServices defaults(Path profileDir, PersonRepository repository, MergeService merging) {
        ContactImporter importer = (file, progress) -> new VcardImporter(repository).importFile(file, progress);
        ContactExporter exporter = (file, persons) -> {
            new VcardExporter().export(persons, file);
            return persons.size();
        };
        return new GuiServices(profileDir, repository, merging, ReachContext.NO_ACCOUNTS, new DesktopUriOpener(), importer,
                exporter, Clock.systemDefaultZone(), null, ChannelHub.NONE, Unconfigured.ACCOUNTS, Unconfigured.SECRETS,
                Unconfigured.HISTORY, CallSetup.NONE);
    }

    /** The defaults for an address book that cannot merge (suggestions are shown, merging says it is unavailable). */
    public static GuiServices defaults(Path profileDir, PersonRepository repository) {
        return defaults(profileDir, repository, NoMerging.INSTANCE);
    }

    public GuiServices withMerging(MergeService value) {
        return new GuiServices(profileDir, repository, value, reachContext, uriOpener, importer, exporter,
                clock, firstIndex, channels, accounts, secrets, history, calls);
    }

    public GuiServices withReachContext(ReachContext value) {
        return new GuiServices(profileDir, repository, merging, value, uriOpener, importer, exporter,
                clock, firstIndex, channels, accounts, secrets, history, calls);
    }

    public GuiServices withUriOpener(UriOpener value) {
        return new GuiServices(profileDir, repository, merging, reachContext, value, importer, exporter,
                clock, firstIndex, channels, accounts, secrets, history, calls);
    }

    public GuiServices withImporter(ContactImporter value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, value, exporter,
                clock, firstIndex, channels, accounts, secrets, history, calls);
    }

    public GuiServices withExporter(ContactExporter value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, value,
                clock, firstIndex, channels, accounts, secrets, history, calls);
    }

    public GuiServices withFirstIndex(CompletableFuture<PersonSearchIndex> value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter,
                clock, value, channels, accounts, secrets, history, calls);
    }

    /** The running channels; the reach context comes from them too. */
    public GuiServices withChannels(ChannelHub value) {
        return new GuiServices(profileDir, repository, merging, value.reachContext(), uriOpener, importer, exporter,
                clock, firstIndex, value, accounts, secrets, history, calls);
    }

    public GuiServices withAccounts(AccountRepository value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter,
                clock, firstIndex, channels, value, secrets, history, calls);
    }

    public GuiServices withSecrets(SecretStore value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter,
                clock, firstIndex, channels, accounts, value, history, calls);
    }

    public GuiServices withHistory(MessageHistory value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter,
                clock, firstIndex, channels, accounts, secrets, value, calls);
    }

    /** Calls: the audio engine and the profile's settings, asked for when a SIP account shows up. */
    public GuiServices withCalls(CallSetup value) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter,
                clock, firstIndex, channels, accounts, secrets, history, value);
    }

    /** For address books without merge support: nothing was ever merged, and merging is refused. */
    private enum NoMerging implements MergeService {
        INSTANCE;

        @Override
        public Person merge(PersonId keep, PersonId absorb) {
            throw new UnsupportedOperationException("This address book cannot merge persons");
        }

        @Override
        public Person unmerge(PersonId absorbed) {
            throw new UnsupportedOperationException("This address book cannot unmerge persons");
        }

        @Override
        public List<PersonId> absorbedInto(PersonId survivor) {
            return List.of();
        }

        @Override
        public List<Person> absorbedPersons(PersonId survivor) {
            return List.of();
        }
    }
}
