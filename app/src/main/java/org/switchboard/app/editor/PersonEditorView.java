package org.switchboard.app.editor;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.contacts.Person;

/**
 * The add/edit dialog. Save stays disabled while anything is invalid (and is refused if triggered
 * anyway); Enter saves, Esc cancels. The result is the person to store, or {@code null} on cancel.
 */
public final class PersonEditorView extends Dialog<Person> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final PersonEditorViewModel viewModel;
    private final VBox addressRows = new VBox(10);
    private final TextField name = new TextField();

    public PersonEditorView(PersonEditorViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(viewModel.isNew() ? "New person" : "Edit person");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("person-editor");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setContent(content());
        getDialogPane().setPrefWidth(640);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.validProperty().not());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.result().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == SAVE ? viewModel.result().orElse(null) : null);
        setOnShown(e -> name.requestFocus());
    }

    private Node content() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().addAll(labels, grow());
        name.setId("editor-name");
        name.setPromptText("Full name");
        name.textProperty().bindBidirectional(viewModel.displayNameProperty());
        Label nameError = errorLabel();
        nameError.textProperty().bind(viewModel.nameErrorProperty());
        nameError.visibleProperty().bind(viewModel.nameErrorProperty().isNotEmpty().and(name.focusedProperty().not()));
        nameError.managedProperty().bind(nameError.visibleProperty());
        VBox nameBox = new VBox(4, name, nameError);
        int row = 0;
        form.addRow(row++, label("Name"), nameBox);
        form.addRow(row++, label("Organisation"), bound(new TextField(), "editor-org", viewModel.organizationProperty()));
        form.addRow(row++, label("Title"), bound(new TextField(), "editor-title", viewModel.titleProperty()));
        DatePicker birthday = new DatePicker();
        birthday.setId("editor-birthday");
        birthday.valueProperty().bindBidirectional(viewModel.birthdayProperty());
        birthday.setPromptText("yyyy-mm-dd");
        form.addRow(row++, label("Birthday"), birthday);
        TextField categories = bound(new TextField(), "editor-categories", viewModel.categoriesProperty());
        categories.setPromptText("Friends, Work");
        form.addRow(row++, label("Categories"), categories);
        TextArea note = new TextArea();
        note.setId("editor-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        form.addRow(row, label("Note"), note);
        VBox body = new VBox(18, form, addressesSection());
        body.getStyleClass().add("editor-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private Node addressesSection() {
        Label heading = new Label("Addresses");
        heading.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button("Add address");
        add.setId("add-address");
        add.getStyleClass().add(Styles.BUTTON_OUTLINED);
        add.setOnAction(e -> {
            viewModel.addAddress();
            focusLastAddress();
        });
        viewModel.addresses().addListener((ListChangeListener<AddressRowViewModel>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    showRows();
                    return;
                }
            }
        });
        showRows();
        return new VBox(10, heading, addressRows, add);
    }

    private void showRows() {
        addressRows.getChildren().setAll(viewModel.addresses().stream()
                .map(r -> new AddressRowView(r, () -> viewModel.removeAddress(r))).toArray(Node[]::new));
    }

    private void focusLastAddress() {
        if (!addressRows.getChildren().isEmpty()) {
            Node last = addressRows.getChildren().getLast().lookup(".address-field");
            if (last != null) {
                last.requestFocus();
            }
        }
    }

    private static TextField bound(TextField field, String id, javafx.beans.property.StringProperty property) {
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().addAll("field-error", Styles.DANGER);
        error.setWrapText(true);
        return error;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setHgrow(Priority.ALWAYS);
        return constraints;
    }
}
