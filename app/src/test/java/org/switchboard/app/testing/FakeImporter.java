package org.switchboard.app.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.app.importing.ContactImporter;
import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonRepository;

/** Stores the given persons, reports progress in two steps and returns a scripted outcome. */
public final class FakeImporter implements ContactImporter {
    private final PersonRepository repository;
    private final List<Person> persons;
    private final ImportReport outcome;
    private final List<Path> files = new CopyOnWriteArrayList<>();

    public FakeImporter(PersonRepository repository, List<Person> persons, ImportReport outcome) {
        this.repository = repository;
        this.persons = List.copyOf(persons);
        this.outcome = outcome;
    }

    @Override
    public ImportReport importFile(Path file, org.switchboard.contacts.vcard.ImportProgress progress) {
        files.add(file);
        progress.update(100, 400, 1);
        repository.saveAll(persons);
        progress.update(400, 400, persons.size() + outcome.skipped().size());
        return outcome;
    }

    public List<Path> files() {
        return List.copyOf(files);
    }
}
