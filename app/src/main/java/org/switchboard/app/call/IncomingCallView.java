package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Someone is calling: the caller as the address book knows them, "is calling you…", and Reject (Esc)
 * and Accept (Enter). When the caller gives up it says "Missed call" and the buttons go away.
 */
public final class IncomingCallView extends VBox {
    private final Button accept = new Button("Accept");

    public IncomingCallView(IncomingCallViewModel viewModel) {
        super(16);
        getStyleClass().add("incoming-call");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label("Incoming call");
        title.getStyleClass().add("call-section-title");
        Label status = new Label();
        status.setId("incoming-status");
        status.getStyleClass().add("incoming-status");
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.missedProperty().subscribe(missed -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("missed"), missed));
        VBox who = CallerHeader.of(viewModel.callerProperty(), "incoming");
        who.getChildren().add(status);
        VBox.setVgrow(who, Priority.ALWAYS);
        Button reject = new Button("Reject");
        reject.setId("incoming-reject");
        reject.setGraphic(CallIcons.HANG_UP.of(20));
        reject.getStyleClass().addAll(Styles.DANGER, "incoming-button");
        reject.setCancelButton(true);
        reject.setTooltip(new Tooltip("Decline the call (Esc)"));
        reject.setOnAction(e -> viewModel.reject());
        accept.setId("incoming-accept");
        accept.setGraphic(CallIcons.PHONE.of(20));
        accept.getStyleClass().addAll(Styles.SUCCESS, "incoming-button");
        accept.setDefaultButton(true);
        accept.setTooltip(new Tooltip("Answer the call (Enter)"));
        accept.setOnAction(e -> viewModel.accept());
        HBox buttons = new HBox(12, reject, accept);
        buttons.setId("incoming-buttons");
        buttons.setAlignment(Pos.CENTER);
        HBox.setHgrow(reject, Priority.ALWAYS);
        HBox.setHgrow(accept, Priority.ALWAYS);
        reject.setMaxWidth(Double.MAX_VALUE);
        accept.setMaxWidth(Double.MAX_VALUE);
        buttons.visibleProperty().bind(viewModel.openProperty());
        buttons.managedProperty().bind(buttons.visibleProperty());
        getChildren().setAll(title, who, buttons);
    }

    /** Puts the keyboard focus on Accept. */
    public void focusAccept() {
        accept.requestFocus();
    }
}
