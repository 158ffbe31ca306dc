package org.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * "Accounts…": every account with its live state; add, edit, switch on/off and remove; a server
 * certificate no authority vouches for is shown on its account with Accept and Refuse. Esc closes.
 */
public final class AccountsView extends Dialog<Void> {
    private final AccountsViewModel viewModel;
    private final Consumer<Parent> styler;
    private final VBox list = new VBox(10);
    private final Timeline ticker;

    /** {@code styler} gives the form dialogs the window's theme. */
    public AccountsView(AccountsViewModel viewModel, Window owner, Consumer<Parent> styler) {
        this.viewModel = viewModel;
        this.styler = styler;
        initOwner(owner);
        setTitle("Accounts");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("accounts-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        getDialogPane().setPrefSize(700, 640);
        viewModel.rows().addListener((ListChangeListener<AccountRowViewModel>) c -> showRows());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        setOnShown(e -> {
            ticker.play();
            getDialogPane().lookup("#account-add").requestFocus();
        });
        setOnHidden(e -> {
            ticker.stop();
            viewModel.close();
        });
        showRows();
        viewModel.load();
    }

    private VBox content() {
        Label title = new Label("Your accounts");
        title.getStyleClass().add(Styles.TITLE_3);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button("Add account…");
        add.setId("account-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> openForm(new AccountFormView(viewModel.newForm(), getDialogPane().getScene().getWindow())));
        HBox top = new HBox(12, title, gap, add);
        list.setId("accounts-list");
        list.getStyleClass().add("accounts-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label message = new Label();
        message.setId("accounts-message");
        message.setWrapText(true);
        message.getStyleClass().add("accounts-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(12, top, scroll, message);
    }

    private void showRows() {
        if (viewModel.rows().isEmpty()) {
            Label none = new Label("No accounts yet. Add your XMPP address to chat and see who is online, or a SIP account to make and take calls.");
            none.setWrapText(true);
            none.getStyleClass().add("empty-state");
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().setAll(viewModel.rows().stream().map(row -> new AccountRowView(row, viewModel,
                () -> openForm(new AccountFormView(viewModel.editForm(row), getDialogPane().getScene().getWindow())),
                () -> confirmRemove(row))).toList());
    }

    private void openForm(AccountFormView form) {
        styler.accept(form.getDialogPane());
        form.show();
    }

    private void confirmRemove(AccountRowViewModel row) {
        String address = row.accountProperty().get().address();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Remove " + address + " from Switchboard? Its password is deleted from the secret store; the message "
                        + "history stays.", ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(getDialogPane().getScene().getWindow());
        confirm.setTitle("Remove account");
        confirm.setHeaderText(null);
        styler.accept(confirm.getDialogPane());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.remove(row));
    }
}
