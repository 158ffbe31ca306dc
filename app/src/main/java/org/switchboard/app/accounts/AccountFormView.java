package org.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.settings.CallHandlingView;
import org.switchboard.channels.sip.SipTransport;
import org.switchboard.contacts.EndpointKind;

/**
 * Add or edit an XMPP or SIP account. A new account starts with the choice of kind; a SIP account
 * also shows its transport and its call handling ({@link CallHandlingView}). Enter saves (when valid),
 * Esc cancels; the dialog closes once saved. Tab goes down the form in reading order.
 */
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
        getDialogPane().setPrefWidth(600);
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
        viewModel.sipProperty().addListener((obs, was, now) -> fitWindow());
    }

    private void closeSaved() {
        close();
    }

    /** The SIP rows come and go with the kind: the window follows their height. */
    private void fitWindow() {
        Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
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
        address.setEditable(viewModel.isNew());
        bound(address, "account-address", viewModel.addressProperty());
        address.promptTextProperty().bind(viewModel.kindProperty().map(AccountFields::addressPrompt));
        TextField server = bound(new TextField(), "account-server", viewModel.serverProperty());
        server.promptTextProperty().bind(viewModel.kindProperty().map(AccountFields::serverPrompt));
        password.setId("account-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.setPromptText(viewModel.isNew() ? "kept in your system's secret store" : "leave empty to keep the stored password");
        CheckBox enabled = new CheckBox("Connect this account");
        enabled.setId("account-enabled");
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        int row = 0;
        form.addRow(row++, label("Type", null), kind());
        form.addRow(row++, label("_Address", address), withError(address, viewModel.addressErrorProperty()));
        form.addRow(row++, label("_Server", server), withError(server, viewModel.serverErrorProperty()));
        Label transportLabel = label("Transport", null);
        Node transports = choices("account-transport-", Arrays.asList(SipTransport.values()), AccountFields::transportName,
                viewModel.transportProperty(), "Transport");
        form.addRow(row++, sipOnly(transportLabel), sipOnly(transports));
        form.addRow(row++, label("_Password", password), password);
        form.addRow(row, new Label(), enabled);
        return new VBox(14, form, callsSection(), problem());
    }

    /** The kind of a new account as a choice; an edited account's kind as a label. */
    private Node kind() {
        if (!viewModel.isNew()) {
            Label kind = new Label(AccountFields.kindName(viewModel.kindProperty().get()));
            kind.setId("account-kind");
            kind.getStyleClass().add("account-kind");
            return kind;
        }
        return choices("account-kind-", viewModel.kinds(), AccountFields::kindName, viewModel.kindProperty(), "Account type");
    }

    /** Radio buttons for the values, kept in step with {@code property} both ways. */
    private static <T extends Enum<T>> Node choices(String idPrefix, List<T> values, Function<T, String> name,
            ObjectProperty<T> property, String group) {
        ToggleGroup toggles = new ToggleGroup();
        HBox box = new HBox(18);
        box.getStyleClass().add("account-choices");
        for (T value : values) {
            RadioButton choice = new RadioButton(name.apply(value));
            choice.setId(idPrefix + value.name().toLowerCase(Locale.ROOT));
            choice.setUserData(value);
            choice.setToggleGroup(toggles);
            choice.setAccessibleHelp(group);
            box.getChildren().add(choice);
        }
        property.subscribe(now -> toggles.getToggles().stream().filter(t -> t.getUserData() == now).findFirst()
                .ifPresent(toggles::selectToggle));
        toggles.selectedToggleProperty().subscribe(chosen -> {
            if (chosen != null) {
                @SuppressWarnings("unchecked")
                T value = (T) chosen.getUserData();
                property.set(value);
            }
        });
        return box;
    }

    /** The SIP account's Do-Not-Disturb, forwarding and SRTP, below a line; shown for SIP only. */
    private Node callsSection() {
        CallHandlingView calls = new CallHandlingView(viewModel.calls());
        VBox section = new VBox(12, new Separator(), calls);
        section.setId("account-calls");
        return sipOnly(section);
    }

    private Node problem() {
        Label problem = new Label();
        problem.setId("account-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private <N extends Node> N sipOnly(N node) {
        node.visibleProperty().bind(viewModel.sipProperty());
        node.managedProperty().bind(node.visibleProperty());
        return node;
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
        error.subscribe(now -> {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            field.setAccessibleHelp(now);
        });
        return new VBox(4, field, message);
    }

    /** A row's label; with a mnemonic ({@code _Address}: Alt+A) and read out with {@code field} when it has one. */
    private static Label label(String text, @Nullable Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        if (field != null) {
            label.setMnemonicParsing(true);
            label.setLabelFor(field);
        }
        return label;
    }
}
