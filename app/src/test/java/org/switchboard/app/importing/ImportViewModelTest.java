package org.switchboard.app.importing;

import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.contacts.vcard.SkippedCard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.DirectTaskRunner;
import org.switchboard.app.testing.FakeImporter;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.InMemoryPersonRepository;

class ImportViewModelTest {
    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final AtomicInteger reloads = new AtomicInteger();

    @Test
    void importReportsTheOutcomeAndRefreshesTheAddressBook() {
        var outcome = new ImportReport(2, 1, List.of(new SkippedCard(3, 17, "no FN or N property")), List.of());
        var importer = new FakeImporter(repository, List.of(Person.named("A"), Person.named("B")), outcome);
        var model = new ImportViewModel(importer, ContactExporter.UNAVAILABLE, repository, new DirectTaskRunner(), reloads::incrementAndGet);

        model.importFile(Path.of("friends.vcf"));

        assertThat(model.outcomeProperty().get()).isEqualTo(outcome);
        assertThat(outcome.summary()).isEqualTo("2 imported, 1 merged, 1 skipped");
        assertThat(model.messageProperty().get()).isEqualTo("Import finished: 2 imported, 1 merged, 1 skipped");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(repository.count()).isEqualTo(2);
        assertThat(ImportReportDialog.describe(outcome.skipped().getFirst())).isEqualTo("Card 3 (line 17): no FN or N property");
    }

    @Test
    void progressIsShownInBytesAndCards() {
        ContactImporter slow = (file, progress) -> {
            progress.update(2048, 8192, 5);
            return new ImportReport(0, 0, List.of(), List.of());
        };
        var runner = new QueuedUiRunner();
        var model = new ImportViewModel(slow, ContactExporter.UNAVAILABLE, repository, runner, reloads::incrementAndGet);

        runner.holdResults = true;
        model.importFile(Path.of("big.vcf"));
        runner.runUiActions();

        assertThat(model.progressProperty().get()).isEqualTo(0.25);
        assertThat(model.progressTextProperty().get()).isEqualTo("5 cards · 2 KB of 8 KB");
    }

    @Test
    void anUnreadableFileIsReported() {
        ContactImporter broken = (file, progress) -> {
            throw new IOException("permission denied");
        };
        var model = new ImportViewModel(broken, ContactExporter.UNAVAILABLE, repository, new DirectTaskRunner(), reloads::incrementAndGet);

        model.importFile(Path.of("secret.vcf"));

        assertThat(model.messageProperty().get()).isEqualTo("Could not import secret.vcf: permission denied");
        assertThat(model.outcomeProperty().get()).isNull();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void exportWritesEveryPersonOrSaysWhyNot() {
        repository.save(Person.named("A"));
        var written = new java.util.ArrayList<Person>();
        ContactExporter exporter = (file, persons) -> {
            written.addAll(persons);
            return persons.size();
        };
        var model = new ImportViewModel(ContactImporter.UNAVAILABLE, exporter, repository, new DirectTaskRunner(), reloads::incrementAndGet);

        model.exportFile(Path.of("out.vcf"));
        assertThat(model.messageProperty().get()).isEqualTo("Exported 1 person to out.vcf");
        assertThat(written).hasSize(1);

        var unavailable = new ImportViewModel(ContactImporter.UNAVAILABLE, ContactExporter.UNAVAILABLE, repository,
                new DirectTaskRunner(), reloads::incrementAndGet);
        unavailable.exportFile(Path.of("out.vcf"));
        assertThat(unavailable.messageProperty().get()).isEqualTo("Could not export to out.vcf: vCard export is not available in this build");
    }

    /** Runs work inline but queues UI hand-offs, like the FX runner does while the work is still running. */
    private static final class QueuedUiRunner implements org.switchboard.app.tasks.TaskRunner {
        private final List<Runnable> ui = new java.util.ArrayList<>();
        boolean holdResults;

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<? super Throwable> onFailure) {
            try {
                T result = work.call();
                if (!holdResults) {
                    onSuccess.accept(result);
                }
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void onUi(Runnable action) {
            ui.add(action);
        }

        void runUiActions() {
            ui.forEach(Runnable::run);
            ui.clear();
        }
    }
}
