package org.switchboard.app.shell;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.switchboard.app.people.PeopleViewModel;

/** "Deleted Anna Abel — Undo" at the bottom of the window, for ten seconds after a deletion. */
final class UndoSnackbar extends HBox {
    private static final Duration SHOWN_FOR = Duration.seconds(10);

    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    UndoSnackbar(PeopleViewModel people) {
        super(16);
        setId("undo-snackbar");
        getStyleClass().add("snackbar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label text = new Label();
        text.getStyleClass().add("snackbar-text");
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.getStyleClass().addAll(Styles.FLAT, "snackbar-action");
        undo.setOnAction(e -> people.undoDelete());
        getChildren().addAll(text, undo);
        timer.setOnFinished(e -> people.dismissUndo());
        setVisible(false);
        people.recentlyDeletedProperty().subscribe(deleted -> {
            setVisible(deleted != null);
            if (deleted != null) {
                text.setText("Deleted " + deleted.displayName());
                timer.playFromStart();
            } else {
                timer.stop();
            }
        });
    }
}
