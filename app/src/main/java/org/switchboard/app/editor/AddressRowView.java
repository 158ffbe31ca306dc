package org.switchboard.app.editor;

import org.switchboard.app.services.EndpointKindTexts;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.switchboard.contacts.EndpointKind;

/** One address line of the editor: kind, address, label, remove; the validation message beneath. */
final class AddressRowView extends VBox {

    AddressRowView(AddressRowViewModel row, Runnable onRemove) {
        super(4);
        getStyleClass().add("address-row");
        ComboBox<EndpointKind> kind = new ComboBox<>();
        kind.getItems().setAll(EndpointKind.values());
        kind.setConverter(new KindConverter());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(row.kindProperty());
        kind.setPrefWidth(110);
        kind.getStyleClass().add("address-kind");
        TextField address = new TextField();
        address.getStyleClass().add("address-field");
        address.textProperty().bindBidirectional(row.addressProperty());
        address.promptTextProperty().bind(row.kindProperty().map(EndpointKindTexts::example));
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField label = new TextField();
        label.setPromptText("label");
        label.setPrefColumnCount(7);
        address.setPrefColumnCount(18);
        label.textProperty().bindBidirectional(row.labelProperty());
        Button remove = new Button("Remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        remove.setTooltip(new Tooltip("Remove this address"));
        remove.setMinWidth(USE_PREF_SIZE);
        remove.setOnAction(e -> onRemove.run());
        HBox line = new HBox(8, kind, address, label, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        row.errorProperty().subscribe(message -> address.pseudoClassStateChanged(Styles.STATE_DANGER, !message.isEmpty()));
        getChildren().addAll(line, error);
    }


    private static final class KindConverter extends StringConverter<EndpointKind> {
        @Override
        public String toString(EndpointKind kind) {
            return kind == null ? "" : kind.label();
        }

        @Override
        public EndpointKind fromString(String text) {
            return EndpointKind.fromId(text).orElse(EndpointKind.EMAIL);
        }
    }

    private static final class KindCell extends ListCell<EndpointKind> {
        @Override
        protected void updateItem(EndpointKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? "" : kind.label());
        }
    }
}
