package org.switchboard.app.shell;

import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.importing.ContactExporter;
import org.switchboard.app.importing.ContactImporter;
import org.switchboard.app.services.Reachability;
import org.switchboard.app.services.UriOpener;
import org.switchboard.contacts.PersonRepository;

/**
 * Everything the GUI needs from the rest of the application, handed in by the composition root.
 *
 * @param profileDir the profile the GUI works on
 * @param repository the address book
 * @param reachability presence and usable channels (no accounts yet: {@link Reachability#NO_ACCOUNTS})
 * @param uriOpener hands URIs to the desktop; {@code null} for the system default
 * @param importer vCard import
 * @param exporter vCard export
 * @param clock the clock Reach decides with
 */
public record GuiServices(
        Path profileDir,
        PersonRepository repository,
        Reachability reachability,
        @Nullable UriOpener uriOpener,
        ContactImporter importer,
        ContactExporter exporter,
        Clock clock) {

    /** The defaults for a profile: no accounts, system URI handler, no vCard support wired yet. */
    public static GuiServices defaults(Path profileDir, PersonRepository repository) {
        return new GuiServices(profileDir, repository, Reachability.NO_ACCOUNTS, null, ContactImporter.UNAVAILABLE,
                ContactExporter.UNAVAILABLE, Clock.systemDefaultZone());
    }

    public GuiServices withReachability(Reachability newReachability) {
        return new GuiServices(profileDir, repository, newReachability, uriOpener, importer, exporter, clock);
    }

    public GuiServices withUriOpener(UriOpener newOpener) {
        return new GuiServices(profileDir, repository, reachability, newOpener, importer, exporter, clock);
    }

    public GuiServices withImporter(ContactImporter newImporter) {
        return new GuiServices(profileDir, repository, reachability, uriOpener, newImporter, exporter, clock);
    }

    public GuiServices withExporter(ContactExporter newExporter) {
        return new GuiServices(profileDir, repository, reachability, uriOpener, importer, newExporter, clock);
    }
}
