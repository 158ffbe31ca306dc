package org.switchboard.app.presence;

import atlantafx.base.theme.Styles;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.switchboard.channels.api.OwnPresence.OwnStatus;
import org.switchboard.channels.api.OwnPresence.OwnStatus.Mode;

/** The status bar's own-presence selector: a dot and the status; its menu chooses a mode or sets a message. */
public final class OwnPresenceView extends MenuButton {
    private static final String[] DOTS = {"available", "away", "busy", "offline"};

    private final OwnPresenceViewModel viewModel;
    private final Region dot = new Region();

    public OwnPresenceView(OwnPresenceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("own-presence");
        getStyleClass().addAll("own-presence", Styles.FLAT);
        dot.getStyleClass().add("presence-dot");
        setGraphic(dot);
        for (Mode mode : Mode.values()) {
            MenuItem item = new MenuItem(OwnPresenceViewModel.label(mode));
            item.setId("own-presence-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> viewModel.choose(mode));
            getItems().add(item);
        }
        MenuItem message = new MenuItem("Set status message…");
        message.setOnAction(e -> askMessage());
        getItems().addAll(new SeparatorMenuItem(), message);
        viewModel.statusProperty().subscribe((OwnStatus now) -> show(now));
        viewModel.problemProperty().subscribe((String p) -> setTooltip(new Tooltip(p.isEmpty()
                ? "Your status, as your contacts see it" : p)));
    }

    private void show(OwnStatus status) {
        setText(OwnPresenceViewModel.describe(status));
        dot.getStyleClass().removeAll(DOTS);
        dot.getStyleClass().add(OwnPresenceViewModel.styleClass(status.mode()));
    }

    private void askMessage() {
        TextInputDialog dialog = new TextInputDialog(viewModel.statusProperty().get().message());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Status message");
        dialog.setHeaderText(null);
        dialog.setContentText("Message:");
        dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        dialog.showAndWait().ifPresent(viewModel::setMessage);
    }
}
