package org.switchboard.app.importing;

import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.contacts.vcard.SkippedCard;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The end of an import: the counts, then every skipped card with its number, line and reason. */
final class ImportReportDialog extends Dialog<Void> {

    ImportReportDialog(ImportReport outcome, String fileName, Window owner) {
        initOwner(owner);
        setTitle("Import finished");
        setHeaderText(null);
        getDialogPane().getStyleClass().add("import-report");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        Label title = new Label("Imported " + fileName);
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label(outcome.summary());
        summary.setId("import-summary");
        summary.getStyleClass().add("import-summary");
        VBox content = new VBox(12, title, summary);
        if (!outcome.skipped().isEmpty()) {
            content.getChildren().addAll(new Label("Skipped cards:"), list("import-skipped",
                    outcome.skipped().stream().map(ImportReportDialog::describe).toList()));
        }
        if (!outcome.warnings().isEmpty()) {
            content.getChildren().addAll(new Label("Warnings:"), list("import-warnings", outcome.warnings()));
        }
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(560);
    }

    static String describe(SkippedCard card) {
        return "Card " + card.cardNumber() + " (line " + card.line() + "): " + card.reason();
    }

    private static ListView<String> list(String id, java.util.List<String> lines) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines);
        list.setPrefHeight(Math.min(220, 34.0 * lines.size() + 6));
        list.getStyleClass().add(Styles.DENSE);
        return list;
    }
}
