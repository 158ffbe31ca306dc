package org.switchboard.app.accounts;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.accounts.Account;

/**
 * One account in the dialog: state dot, address, kind and server, live state, actions, and the
 * certificate question when there is one.
 */
final class AccountRowView extends VBox {
    private static final String[] DOTS = {"available", "away", "busy", "offline", "unknown"};

    private final AccountRowViewModel row;
    private final AccountsViewModel accounts;
    private final VBox certificate = new VBox(8);

    AccountRowView(AccountRowViewModel row, AccountsViewModel accounts, Runnable edit, Runnable remove) {
        super(10);
        this.row = row;
        this.accounts = accounts;
        getStyleClass().add("account-row");
        certificate.getStyleClass().add("certificate-prompt");
        getChildren().addAll(summary(edit, remove), certificate);
        row.certificateProperty().subscribe(this::showCertificate);
    }

    private Node summary(Runnable edit, Runnable remove) {
        Region dot = new Region();
        dot.getStyleClass().add("presence-dot");
        row.stateStyleProperty().subscribe(now -> {
            dot.getStyleClass().removeAll(DOTS);
            dot.getStyleClass().add(now);
        });
        Label address = new Label();
        address.getStyleClass().add("account-address");
        address.textProperty().bind(row.accountProperty().map(Account::address));
        Label details = new Label();
        details.getStyleClass().add("account-details");
        details.setWrapText(true);
        details.textProperty().bind(row.detailsProperty());
        Label state = new Label();
        state.getStyleClass().add("account-state");
        state.setWrapText(true);
        state.textProperty().bind(row.stateTextProperty());
        VBox text = new VBox(2, address, details, state);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button onOff = new Button();
        onOff.getStyleClass().add(Styles.BUTTON_OUTLINED);
        onOff.textProperty().bind(row.accountProperty().map(a -> a.enabled() ? "Switch off" : "Switch on"));
        onOff.setOnAction(e -> accounts.setEnabled(row, !row.accountProperty().get().enabled()));
        Button editButton = new Button("Edit…");
        editButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        editButton.setOnAction(e -> edit.run());
        Button removeButton = new Button("Remove…");
        removeButton.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        removeButton.setOnAction(e -> remove.run());
        for (Button button : List.of(onOff, editButton, removeButton)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(10, dot, text, onOff, editButton, removeButton);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void showCertificate(@Nullable CertificatePrompt prompt) {
        certificate.setVisible(prompt != null);
        certificate.setManaged(prompt != null);
        if (prompt == null) {
            certificate.getChildren().clear();
            return;
        }
        Label title = new Label("Unknown server certificate");
        title.getStyleClass().add("certificate-title");
        Label question = new Label("The server " + prompt.server() + " presented a certificate no authority vouches for.");
        question.setWrapText(true);
        Label fingerprint = new Label(prompt.fingerprintLines());
        fingerprint.setId("certificate-fingerprint");
        fingerprint.getStyleClass().add("certificate-fingerprint");
        fingerprint.setWrapText(true);
        Label advice = new Label("Accept only if it matches what your server admin gave you.");
        advice.setWrapText(true);
        Button accept = new Button("Accept certificate");
        accept.setId("certificate-accept");
        accept.getStyleClass().add(Styles.DANGER);
        accept.setOnAction(e -> accounts.acceptCertificate(row));
        Button refuse = new Button("Refuse");
        refuse.setId("certificate-refuse");
        refuse.setDefaultButton(false);
        refuse.setOnAction(e -> accounts.refuseCertificate(row));
        HBox buttons = new HBox(8, refuse, accept);
        certificate.getChildren().setAll(title, question, new VBox(2, caption("SHA-256 fingerprint"), fingerprint), advice,
                buttons);
        certificate.setAccessibleText(prompt.question());
        refuse.requestFocus();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("certificate-caption");
        return label;
    }
}
