package org.switchboard.app.importing;

import org.switchboard.contacts.vcard.ImportReport;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The import and export interactions: file choosers, the progress strip shown while importing, and
 * the report dialog at the end.
 */
public final class ImportView extends HBox {
    private final ImportViewModel viewModel;
    private final Window owner;
    private String lastFileName = "";

    public ImportView(ImportViewModel viewModel, Window owner) {
        super(10);
        this.viewModel = viewModel;
        this.owner = owner;
        getStyleClass().add("import-progress");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label text = new Label();
        text.textProperty().bind(viewModel.progressTextProperty());
        getChildren().addAll(new Label("Importing"), bar, text);
        visibleProperty().bind(viewModel.runningProperty());
        managedProperty().bind(visibleProperty());
        viewModel.outcomeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showReport(now);
            }
        });
    }

    /** Asks for a file, then imports it. */
    public void chooseAndImport() {
        FileChooser chooser = chooser("Import vCard");
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Asks for a file, then exports every person to it. */
    public void chooseAndExport() {
        FileChooser chooser = chooser("Export vCard");
        chooser.setInitialFileName("switchboard-contacts.vcf");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.exportFile(file.toPath());
        }
    }

    public void importFile(Path file) {
        lastFileName = fileName(file.getFileName());
        viewModel.importFile(file);
    }

    private void showReport(ImportReport outcome) {
        ImportReportDialog dialog = new ImportReportDialog(outcome, lastFileName, owner);
        dialog.setOnHidden(e -> viewModel.dismissOutcome());
        dialog.show();
    }

    private static String fileName(@Nullable Path name) {
        return name == null ? "" : name.toString();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("vCard files", "*.vcf", "*.vcard"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
