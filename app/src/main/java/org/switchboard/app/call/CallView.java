package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A call's window content: who, the state ("Connected 01:23"), the "no incoming audio" warning, the
 * live quality, the keypad when opened, and Mute, Hold, Keypad and Hang up with their shortcuts.
 * Keypad keys typed on the keyboard are sent as DTMF; Esc closes the keypad, or the window once the
 * call is over.
 */
public final class CallView extends BorderPane {
    static final KeyCombination MUTE = KeyCombination.keyCombination("Shortcut+M");
    static final KeyCombination HOLD = KeyCombination.keyCombination("Shortcut+H");
    static final KeyCombination KEYPAD = KeyCombination.keyCombination("Shortcut+K");
    static final KeyCombination HANG_UP = KeyCombination.keyCombination("Shortcut+E");

    private final CallViewModel viewModel;
    private final ToggleButton mute = new ToggleButton("Mute");
    private final ToggleButton hold = new ToggleButton("Hold");
    private final ToggleButton keypad = new ToggleButton("Keypad");
    private final Button hangUp = new Button("Hang up");

    public CallView(CallViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("call-window");
        setTop(top());
        setCenter(middle());
        setBottom(controls());
        viewModel.phaseProperty().subscribe(phase -> {
            for (CallPhase each : CallPhase.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(each.styleClass()), each == phase);
            }
        });
    }

    /** The window's keyboard: the shortcuts of the buttons, keypad keys as DTMF, Esc. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(MUTE, mute::fire);
        scene.getAccelerators().put(HOLD, hold::fire);
        scene.getAccelerators().put(KEYPAD, keypad::fire);
        scene.getAccelerators().put(HANG_UP, hangUp::fire);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && viewModel.typed(e.getCharacter())) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE) {
                return;
            }
            if (keypad.isSelected()) {
                keypad.setSelected(false);
                e.consume();
            } else if (viewModel.phaseProperty().get() == CallPhase.ENDED) {
                viewModel.hangUp();
                e.consume();
            }
        });
    }

    /** Puts the keyboard focus on the first control. */
    public void focusControls() {
        mute.requestFocus();
    }

    private Node top() {
        Label status = new Label();
        status.setId("call-status");
        status.getStyleClass().add("call-status");
        status.textProperty().bind(viewModel.statusProperty());
        Label closing = new Label("Esc closes this window");
        closing.getStyleClass().add("call-closing-hint");
        closing.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(CallPhase.ENDED));
        closing.managedProperty().bind(closing.visibleProperty());
        VBox top = CallerHeader.of(viewModel.callerProperty(), "call");
        top.getChildren().addAll(status, closing);
        return top;
    }

    private Node middle() {
        Label warning = new Label();
        warning.setId("call-warning");
        warning.setGraphic(CallIcons.WARNING.of(18));
        warning.setWrapText(true);
        warning.getStyleClass().add("call-warning");
        warning.textProperty().bind(viewModel.warningProperty());
        warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId("call-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        QualityView quality = new QualityView(viewModel);
        quality.visibleProperty().bind(Bindings.createBooleanBinding(() -> showsQuality(), viewModel.phaseProperty(),
                viewModel.qualityProperty(), keypad.selectedProperty()));
        quality.managedProperty().bind(quality.visibleProperty());
        KeypadView pad = new KeypadView(viewModel);
        pad.visibleProperty().bind(keypad.selectedProperty());
        pad.managedProperty().bind(pad.visibleProperty());
        VBox middle = new VBox(12, warning, problem, quality, pad);
        middle.getStyleClass().add("call-middle");
        return middle;
    }

    /** While talking, and after the end when there were figures; the keypad takes its place while open. */
    private boolean showsQuality() {
        CallPhase phase = viewModel.phaseProperty().get();
        boolean hadAudio = viewModel.qualityProperty().get() != QualityFigures.NONE;
        return !keypad.isSelected() && (phase == CallPhase.CONNECTED || phase == CallPhase.ON_HOLD
                || phase == CallPhase.ENDED && hadAudio);
    }

    private Node controls() {
        muteButton();
        holdButton();
        control(keypad, "call-keypad", CallIcons.DIALPAD, "Show the keypad to send tones (or type the digits)", KEYPAD);
        keypad.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(CallPhase.CONNECTED));
        HBox toggles = new HBox(12, mute, hold, keypad);
        toggles.setAlignment(Pos.CENTER);
        hangUpButton();
        VBox box = new VBox(16, toggles, hangUp);
        box.getStyleClass().add("call-controls");
        return box;
    }

    private void muteButton() {
        control(mute, "call-mute", CallIcons.MICROPHONE, "Mute the microphone", MUTE);
        mute.selectedProperty().subscribe(on -> {
            if (on != viewModel.mutedProperty().get()) {
                viewModel.toggleMute();
            }
        });
        viewModel.mutedProperty().subscribe(on -> {
            mute.setSelected(on);
            mute.setText(on ? "Unmute" : "Mute");
            mute.setGraphic((on ? CallIcons.MICROPHONE_OFF : CallIcons.MICROPHONE).of(22));
        });
        mute.disableProperty().bind(viewModel.phaseProperty().isEqualTo(CallPhase.ENDED));
    }

    /** Shows whether we hold the call; a click asks for the change, which shows once the other side agreed. */
    private void holdButton() {
        control(hold, "call-hold", CallIcons.PAUSE, "Put the call on hold or resume it", HOLD);
        hold.setOnAction(e -> {
            hold.setSelected(viewModel.heldByUsProperty().get());
            viewModel.toggleHold();
        });
        viewModel.heldByUsProperty().subscribe(on -> {
            hold.setSelected(on);
            hold.setText(on ? "Resume" : "Hold");
            hold.setGraphic((on ? CallIcons.PLAY : CallIcons.PAUSE).of(22));
        });
        hold.disableProperty().bind(viewModel.holdPendingProperty().or(viewModel.phaseProperty()
                .isNotEqualTo(CallPhase.CONNECTED).and(viewModel.phaseProperty().isNotEqualTo(CallPhase.ON_HOLD))));
    }

    /** Hang up while the call goes on; Close once it is over. */
    private void hangUpButton() {
        hangUp.setId("call-hang-up");
        hangUp.setGraphic(CallIcons.HANG_UP.of(22));
        hangUp.getStyleClass().addAll(Styles.DANGER, "call-hang-up");
        hangUp.setMaxWidth(Double.MAX_VALUE);
        hangUp.setOnAction(e -> viewModel.hangUp());
        viewModel.phaseProperty().subscribe(phase -> {
            boolean over = phase == CallPhase.ENDED;
            hangUp.setText(over ? "Close" : "Hang up");
            hangUp.setTooltip(new Tooltip(over ? "Close this window (Esc)" : "End the call (" + HANG_UP.getDisplayText() + ")"));
            hangUp.setAccessibleText(over ? "Close" : "Hang up");
            if (over) {
                keypad.setSelected(false);
            }
        });
    }

    private static void control(ToggleButton button, String id, CallIcons icon, String tip, KeyCombination shortcut) {
        button.setId(id);
        button.getStyleClass().add("call-control");
        button.setGraphic(icon.of(22));
        button.setContentDisplay(ContentDisplay.TOP);
        button.setTooltip(new Tooltip(tip + " (" + shortcut.getDisplayText() + ")"));
    }
}
