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
import org.switchboard.app.system.DesktopUriOpener;
import org.switchboard.app.system.UriOpener;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.PersonRepository;
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
 * @param channels the running accounts (sending, incoming messages, account states); {@link ChannelHub#NONE} without any
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
        ChannelHub channels) {

    /** The defaults for a profile: no accounts, the desktop's URI handler, ez-vcard import and export. */
    public static GuiServices defaults(Path profileDir, PersonRepository repository, MergeService merging) {
        ContactImporter importer = (file, progress) -> new VcardImporter(repository).importFile(file, progress);
        ContactExporter exporter = (file, persons) -> {
            new VcardExporter().export(persons, file);
            return persons.size();
        };
        return new GuiServices(profileDir, repository, merging, ReachContext.NO_ACCOUNTS, new DesktopUriOpener(),
                importer, exporter, Clock.systemDefaultZone(), null, ChannelHub.NONE);
    }

    /** The defaults for an address book that cannot merge (suggestions are shown, merging says it is unavailable). */
    public static GuiServices defaults(Path profileDir, PersonRepository repository) {
        return defaults(profileDir, repository, NoMerging.INSTANCE);
    }

    public GuiServices withMerging(MergeService newMerging) {
        return new GuiServices(profileDir, repository, newMerging, reachContext, uriOpener, importer, exporter, clock,
                firstIndex, channels);
    }

    public GuiServices withReachContext(ReachContext newContext) {
        return new GuiServices(profileDir, repository, merging, newContext, uriOpener, importer, exporter, clock,
                firstIndex, channels);
    }

    public GuiServices withUriOpener(UriOpener newOpener) {
        return new GuiServices(profileDir, repository, merging, reachContext, newOpener, importer, exporter, clock,
                firstIndex, channels);
    }

    public GuiServices withImporter(ContactImporter newImporter) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, newImporter, exporter, clock,
                firstIndex, channels);
    }

    public GuiServices withExporter(ContactExporter newExporter) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, newExporter, clock,
                firstIndex, channels);
    }

    /** The running channels; the reach context comes from them too. */
    public GuiServices withChannels(ChannelHub hub) {
        return new GuiServices(profileDir, repository, merging, hub.reachContext(), uriOpener, importer, exporter, clock,
                firstIndex, hub);
    }

    public GuiServices withFirstIndex(CompletableFuture<PersonSearchIndex> index) {
        return new GuiServices(profileDir, repository, merging, reachContext, uriOpener, importer, exporter, clock,
                index, channels);
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
