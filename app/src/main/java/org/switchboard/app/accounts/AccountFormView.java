package org.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Add or edit an XMPP account. Enter saves (when valid), Esc cancels; the dialog closes once saved. */
public final class AccountFormView extends Dialog<Void> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final AccountFormViewModel viewModel;
    private final TextField address = new TextField();
    private final PasswordField password = new PasswordField();

    public AccountFormView(AccountFormViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(viewModel.isNew() ? "Add account" : "Edit account");
        setHeaderText(null);
        getDialogPane().getStyleClass().add("account-form");
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setContent(content());
        getDialogPane().setPrefWidth(560);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("account-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.save(this::closeSaved);
        });
        setResultConverter(button -> null);
        setOnShown(e -> (viewModel.isNew() ? address : password).requestFocus());
    }

    private void closeSaved() {
        close();
    }

    private Node content() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        Label kind = new Label("XMPP (Jabber) — chat and presence");
        kind.setId("account-kind");
        kind.getStyleClass().add("account-kind");
        address.setId("account-address");
        address.setPromptText("alice@example.org");
        address.setEditable(viewModel.isNew());
        TextField server = bound(new TextField(), "account-server", viewModel.serverProperty());
        server.setPromptText("optional: host:port — found automatically when empty");
        bound(address, "account-address", viewModel.addressProperty());
        password.setId("account-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.setPromptText(viewModel.isNew() ? "kept in your system's secret store" : "leave empty to keep the stored password");
        CheckBox enabled = new CheckBox("Connect this account");
        enabled.setId("account-enabled");
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        int row = 0;
        form.addRow(row++, label("Type"), kind);
        form.addRow(row++, label("Address"), withError(address, viewModel.addressErrorProperty()));
        form.addRow(row++, label("Server"), withError(server, viewModel.serverErrorProperty()));
        form.addRow(row++, label("Password"), password);
        form.addRow(row, new Label(), enabled);
        Label problem = new Label();
        problem.setId("account-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(14, form, problem);
    }

    private static TextField bound(TextField field, String id, StringProperty property) {
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Node withError(TextField field, ObservableStringValue error) {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        error.subscribe(now -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return new VBox(4, field, message);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }
}
