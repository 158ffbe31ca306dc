package org.switchboard.app.importing;

import org.switchboard.contacts.vcard.ImportReport;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.PersonRepository;

/**
 * Import and export of vCard files in the background, with progress (bytes and cards) and the
 * report at the end. Progress updates from the importing thread reach the UI coalesced: at most one
 * pending update at a time.
 */
public final class ImportViewModel {
    private final ContactImporter importer;
    private final ContactExporter exporter;
    private final PersonRepository repository;
    private final TaskRunner tasks;
    private final Runnable onAddressBookChanged;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyObjectWrapper<@Nullable ImportReport> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private volatile long bytesRead;
    private volatile long totalBytes;
    private volatile int cardsDone;

    public ImportViewModel(ContactImporter importer, ContactExporter exporter, PersonRepository repository, TaskRunner tasks,
            Runnable onAddressBookChanged) {
        this.importer = importer;
        this.exporter = exporter;
        this.repository = repository;
        this.tasks = tasks;
        this.onAddressBookChanged = onAddressBookChanged;
    }

    /** Imports {@code file}; the report appears in {@link #outcomeProperty()} when done. */
    public void importFile(Path file) {
        if (running.get()) {
            return;
        }
        running.set(true);
        outcome.set(null);
        progress.set(-1);
        progressText.set("Reading " + file.getFileName() + "…");
        message.set("");
        tasks.run(() -> importer.importFile(file, this::progressed), this::finished, problem -> {
            running.set(false);
            message.set("Could not import " + file.getFileName() + ": " + problem.getMessage());
            onAddressBookChanged.run();
        });
    }

    /** Writes the whole address book to {@code file}. */
    public void exportFile(Path file) {
        message.set("Exporting to " + file.getFileName() + "…");
        tasks.run(() -> exporter.exportFile(file, repository.findAll()),
                count -> message.set("Exported " + count + (count == 1 ? " person" : " persons") + " to " + file.getFileName()),
                problem -> message.set("Could not export to " + file.getFileName() + ": " + problem.getMessage()));
    }

    private void progressed(long read, long total, int cards) {
        bytesRead = read;
        totalBytes = total;
        cardsDone = cards;
        if (updatePending.compareAndSet(false, true)) {
            tasks.onUi(this::showProgress);
        }
    }

    private void showProgress() {
        updatePending.set(false);
        if (!running.get()) {
            return;
        }
        long total = totalBytes;
        progress.set(total > 0 ? Math.min(1.0, (double) bytesRead / total) : -1);
        progressText.set(cardsDone + (cardsDone == 1 ? " card" : " cards") + " · " + kilobytes(bytesRead) + " of " + kilobytes(total));
    }

    private void finished(ImportReport result) {
        running.set(false);
        progress.set(1);
        outcome.set(result);
        message.set("Import finished: " + result.summary());
        onAddressBookChanged.run();
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
    }

    /** Forgets the last report (its dialog was closed). */
    public void dismissOutcome() {
        outcome.set(null);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable ImportReport> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The last thing import or export has to say, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
