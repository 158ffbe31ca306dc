package org.switchboard.app.merging;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Merge suggestions…": every pair that is probably one person, with the address they share. Keyboard:
 * Up/Down choose a pair, Space switches whom to keep, Enter merges, Delete says "not the same", Esc closes.
 */
public final class MergeSuggestionsView extends Dialog<Void> {
    private final MergeSuggestionsViewModel viewModel;
    private final ListView<MergeCandidate> list = new ListView<>();

    public MergeSuggestionsView(MergeSuggestionsViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Merge suggestions");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("merge-suggestions");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(640, 460);
        // The list consumes Esc (cancel edit) before the Close button's accelerator sees it.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        setOnShown(e -> {
            selectSomething();
            list.requestFocus();
        });
    }

    private VBox content() {
        Label title = new Label();
        title.setId("merge-count");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.size(viewModel.suggestions()).map(MergeSuggestionsView::countText));
        Label keys = new Label("Choose whom to keep, then merge: every address of both is kept, and the merge can be undone"
                + " from the card. Keys: ↑/↓ pair · Space whom to keep · Enter merge · Delete not the same.");
        keys.setWrapText(true);
        keys.getStyleClass().add("merge-keys");
        list.setId("merge-suggestions");
        list.setItems(viewModel.suggestions());
        list.setCellFactory(v -> new MergeCandidateCell(viewModel::merge, viewModel::dismiss));
        list.getStyleClass().add("merge-list");
        Label none = new Label("No possible duplicates: no two persons share an address");
        none.getStyleClass().add("empty-state");
        list.setPlaceholder(none);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewModel.suggestions().addListener((ListChangeListener<MergeCandidate>) c -> selectSomething());
        Label message = new Label();
        message.setId("merge-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add("merge-message");
        VBox content = new VBox(12, title, keys, list, message);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        return content;
    }

    private void keyPressed(KeyEvent event) {
        MergeCandidate selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        switch (event.getCode()) {
            case ENTER -> viewModel.merge(selected);
            case DELETE, BACK_SPACE -> viewModel.dismiss(selected);
            case SPACE -> selected.switchKeep();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void selectSomething() {
        if (list.getSelectionModel().getSelectedItem() == null && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private static String countText(Number count) {
        return switch (count.intValue()) {
            case 0 -> "No possible duplicates";
            case 1 -> "1 possible duplicate";
            default -> count + " possible duplicates";
        };
    }
}
