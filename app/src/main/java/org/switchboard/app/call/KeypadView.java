package org.switchboard.app.call;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The phone keypad: the keys sent so far above twelve keys (1–9, *, 0, #) that send DTMF. */
final class KeypadView extends VBox {
    private static final String KEYS = "123456789*0#";
    private static final String[] LETTERS = {"", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ", "", "+", ""};

    KeypadView(CallViewModel viewModel) {
        super(8);
        getStyleClass().add("keypad");
        setAlignment(Pos.CENTER);
        Label dialled = new Label();
        dialled.setId("keypad-dialled");
        dialled.getStyleClass().add("keypad-dialled");
        dialled.textProperty().bind(viewModel.dialledProperty());
        GridPane grid = new GridPane(8, 8);
        grid.setAlignment(Pos.CENTER);
        for (int i = 0; i < KEYS.length(); i++) {
            char key = KEYS.charAt(i);
            grid.add(key(viewModel, key, LETTERS[i]), i % 3, i / 3);
        }
        getChildren().setAll(dialled, grid);
    }

    private static Button key(CallViewModel viewModel, char key, String letters) {
        Label digit = new Label(String.valueOf(key));
        digit.getStyleClass().add("keypad-digit");
        Label small = new Label(letters);
        small.getStyleClass().add("keypad-letters");
        VBox face = new VBox(0, digit, small);
        face.setAlignment(Pos.CENTER);
        Button button = new Button();
        button.setGraphic(face);
        button.setId("keypad-" + switch (key) {
            case '*' -> "star";
            case '#' -> "hash";
            default -> String.valueOf(key);
        });
        button.getStyleClass().add("keypad-key");
        button.setAccessibleText("Key " + key);
        button.setOnAction(e -> viewModel.press(key));
        return button;
    }
}
