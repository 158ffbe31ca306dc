package org.switchboard.app.settings;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.switchboard.app.call.CallIcons;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.media.DataFlow;
import org.switchboard.media.MediaEngine;

/**
 * "Audio devices…": microphone, speaker and ringer by their real names (or the system default), the
 * microphone's level and test tones. The lists follow devices being plugged in and out. Esc closes.
 */
public final class DeviceSettingsView extends Dialog<Void> {
    private final DeviceSettingsViewModel viewModel;

    public DeviceSettingsView(DeviceSettingsViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Audio devices");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("device-settings");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setContent(content());
        getDialogPane().setPrefWidth(700);
        getDialogPane().setMinWidth(560);
        setOnShown(e -> viewModel.open());
        setOnHidden(e -> viewModel.close());
    }

    /** Opens the settings (not modal) over {@code owner}, themed by {@code styler}. */
    public static DeviceSettingsView open(Window owner, MediaEngine media, PinnedDevices pins, TaskRunner tasks,
            Consumer<Parent> styler) {
        DeviceSettingsView view = new DeviceSettingsView(new DeviceSettingsViewModel(media, pins, tasks), owner);
        styler.accept(view.getDialogPane());
        view.show();
        return view;
    }

    private Node content() {
        Label title = new Label("Sound for calls");
        title.getStyleClass().add(Styles.TITLE_3);
        GridPane grid = new GridPane(12, 10);
        grid.getStyleClass().add("device-grid");
        ColumnConstraints icon = new ColumnConstraints();
        icon.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints chooser = new ColumnConstraints(160, 320, Double.MAX_VALUE);
        chooser.setHgrow(Priority.ALWAYS);
        chooser.setFillWidth(true);
        ColumnConstraints action = new ColumnConstraints();
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(icon, name, chooser, action);
        addRow(grid, 0, viewModel.chooser(DataFlow.CAPTURE), CallIcons.MICROPHONE, meter());
        addRow(grid, 2, viewModel.chooser(DataFlow.PLAYBACK), CallIcons.SPEAKER, testTone(DataFlow.PLAYBACK));
        addRow(grid, 3, viewModel.chooser(DataFlow.NOTIFY), CallIcons.BELL, testTone(DataFlow.NOTIFY));
        Label hint = new Label("Calls use the system default unless you pick a device. A device you pick is used "
                + "whenever it is plugged in; while it is not, calls follow the system default.");
        hint.setWrapText(true);
        hint.getStyleClass().add("device-hint");
        Label problem = new Label();
        problem.setId("devices-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(16, title, grid, hint, problem);
    }

    private void addRow(GridPane grid, int row, DeviceChooserViewModel model, CallIcons icon, Node below) {
        Label name = new Label(model.title());
        name.getStyleClass().add("device-name");
        ComboBox<DeviceChoice> combo = chooser(model);
        name.setLabelFor(combo);
        Node glyph = icon.of(20);
        glyph.getStyleClass().add("device-icon");
        grid.add(glyph, 0, row);
        grid.add(name, 1, row);
        grid.add(combo, 2, row);
        if (model.flow() == DataFlow.CAPTURE) {
            grid.add(below, 2, row + 1);
        } else {
            grid.add(below, 3, row);
        }
    }

    /**
     * The chooser shows the model's entry; a user's pick goes to the model, which stores and applies it.
     * Replacing the entries (a device came or went) is not a pick.
     */
    private ComboBox<DeviceChoice> chooser(DeviceChooserViewModel model) {
        ComboBox<DeviceChoice> combo = new ComboBox<>(model.choices());
        combo.setId("device-" + model.flow().name().toLowerCase(java.util.Locale.ROOT));
        combo.getStyleClass().add("device-chooser");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPrefWidth(320);
        combo.setAccessibleText(model.title());
        boolean[] syncing = {false};
        Runnable sync = () -> {
            syncing[0] = true;
            combo.setValue(model.selectedProperty().get());
            syncing[0] = false;
        };
        model.selectedProperty().subscribe(choice -> sync.run());
        model.choices().addListener((ListChangeListener<DeviceChoice>) change -> sync.run());
        combo.valueProperty().addListener((obs, was, now) -> {
            if (!syncing[0] && now != null) {
                viewModel.choose(model.flow(), now);
            }
        });
        return combo;
    }

    private Node meter() {
        ProgressBar level = new ProgressBar(0);
        level.setId("mic-level");
        level.getStyleClass().add("mic-level");
        level.setMaxWidth(Double.MAX_VALUE);
        level.progressProperty().bind(viewModel.micLevelProperty());
        level.setAccessibleText("Microphone level");
        Label caption = new Label("Speak: the bar moves when the microphone hears you");
        caption.setWrapText(true);
        caption.getStyleClass().add("device-hint");
        VBox box = new VBox(4, level, caption);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node testTone(DataFlow flow) {
        DeviceChooserViewModel model = viewModel.chooser(flow);
        Button play = new Button("Play test tone");
        play.setId("test-tone-" + flow.name().toLowerCase(java.util.Locale.ROOT));
        play.setGraphic(CallIcons.PLAY.of(16));
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setAccessibleText("Play a test tone on the " + model.title().toLowerCase(java.util.Locale.ROOT));
        play.disableProperty().bind(model.testingProperty());
        play.setOnAction(e -> viewModel.playTestTone(flow));
        return play;
    }
}
