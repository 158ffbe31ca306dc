package org.switchboard.app.settings;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The calls section of a SIP account: Do-Not-Disturb, forwarding (always, when busy, on no answer)
 * and "require encrypted media". A section to put in a form, or its own dialog with {@link #showDialog}.
 */
public final class CallHandlingView extends VBox {
    public CallHandlingView(CallHandlingViewModel viewModel) {
        super(12);
        getStyleClass().add("call-handling");
        Label title = new Label("Incoming calls");
        title.getStyleClass().add("call-section-title");
        CheckBox dnd = new CheckBox("Do not disturb — refuse calls without ringing");
        dnd.setId("calls-dnd");
        dnd.selectedProperty().bindBidirectional(viewModel.doNotDisturbProperty());
        Label forwarding = new Label("Forward calls");
        forwarding.getStyleClass().add("call-section-title");
        GridPane rules = new GridPane(12, 8);
        rules.getStyleClass().add("forward-rules");
        ColumnConstraints when = new ColumnConstraints();
        when.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints where = new ColumnConstraints();
        where.setHgrow(Priority.ALWAYS);
        rules.getColumnConstraints().setAll(when, where);
        forward(rules, 0, viewModel.always(), "calls-forward-always", "Always");
        forward(rules, 1, viewModel.whenBusy(), "calls-forward-busy", "When I am on another call");
        forward(rules, 2, viewModel.onNoAnswer(), "calls-forward-no-answer", "When I do not answer");
        rules.add(wait(viewModel), 1, 3);
        CheckBox srtp = new CheckBox("Require encrypted audio (SRTP) — calls that cannot encrypt their audio fail");
        srtp.setId("calls-srtp");
        srtp.setWrapText(true);
        srtp.selectedProperty().bindBidirectional(viewModel.requireSrtpProperty());
        Label problem = new Label();
        problem.setId("calls-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().setAll(title, dnd, forwarding, rules, srtp, problem);
    }

    private static Node wait(CallHandlingViewModel viewModel) {
        Spinner<Integer> seconds = new Spinner<>(CallHandlingSettings.MIN_NO_ANSWER_SECONDS,
                CallHandlingSettings.MAX_NO_ANSWER_SECONDS, viewModel.noAnswerSecondsProperty().get(), 5);
        seconds.setId("calls-no-answer-seconds");
        seconds.setEditable(true);
        seconds.setPrefWidth(96);
        seconds.setAccessibleText("Seconds to ring before forwarding");
        seconds.getValueFactory().valueProperty().subscribe(value -> viewModel.noAnswerSecondsProperty().set(value));
        viewModel.noAnswerSecondsProperty().subscribe(value -> seconds.getValueFactory().setValue(value.intValue()));
        HBox wait = new HBox(8, new Label("after ringing for"), seconds, new Label("seconds"));
        wait.setAlignment(Pos.CENTER_LEFT);
        wait.getStyleClass().add("forward-wait");
        wait.disableProperty().bind(viewModel.onNoAnswer().on().not());
        return wait;
    }

    /** Shows the section in its own dialog; OK saves (and stays open while an address is wrong). */
    public static Dialog<ButtonType> showDialog(Window owner, CallHandlingViewModel viewModel, Consumer<Parent> styler) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Calls — " + viewModel.accountKey());
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStyleClass().add("call-handling-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane().setContent(new CallHandlingView(viewModel));
        dialog.getDialogPane().setPrefWidth(560);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(viewModel.loadingProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!viewModel.save()) {
                e.consume();
            }
        });
        styler.accept(dialog.getDialogPane());
        viewModel.load();
        dialog.show();
        return dialog;
    }

    private static void forward(GridPane rules, int row, CallHandlingViewModel.Forward forward, String id, String text) {
        CheckBox on = new CheckBox(text);
        on.setId(id);
        on.selectedProperty().bindBidirectional(forward.on());
        TextField to = new TextField();
        to.setId(id + "-to");
        to.setPromptText("sip:voicemail@example.org or +49 30 1234567");
        to.textProperty().bindBidirectional(forward.to());
        to.disableProperty().bind(forward.on().not());
        to.setAccessibleText("Forward to, " + text.toLowerCase(java.util.Locale.ROOT));
        rules.addRow(row, on, to);
    }
}
