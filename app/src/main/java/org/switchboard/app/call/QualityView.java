package org.switchboard.app.call;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The live figures of a call's audio: codec, packets, loss, jitter, round trip and the MOS with its verdict. */
final class QualityView extends VBox {
    QualityView(CallViewModel viewModel) {
        super(8);
        getStyleClass().add("call-quality");
        Label title = new Label("Call quality");
        title.getStyleClass().add("call-section-title");
        GridPane grid = new GridPane(16, 4);
        ColumnConstraints keys = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        Label codec = row(grid, 0, "Codec", "quality-codec");
        Label packets = row(grid, 1, "Packets", "quality-packets");
        Label loss = row(grid, 2, "Loss", "quality-loss");
        Label jitter = row(grid, 3, "Jitter", "quality-jitter");
        Label roundTrip = row(grid, 4, "Round trip", "quality-round-trip");
        Label mos = row(grid, 5, "Sound (MOS)", "quality-mos");
        viewModel.qualityProperty().subscribe(figures -> {
            codec.setText(figures.codec());
            packets.setText(figures.packets());
            loss.setText(figures.loss());
            jitter.setText(figures.jitter());
            roundTrip.setText(figures.roundTrip());
            mos.setText(figures.mosWithVerdict());
            for (QualityVerdict verdict : QualityVerdict.values()) {
                mos.getStyleClass().remove(verdict.styleClass());
            }
            mos.getStyleClass().add(figures.verdict().styleClass());
        });
        getChildren().setAll(title, grid);
        setAccessibleText("Call quality");
    }

    private static Label row(GridPane grid, int row, String key, String id) {
        Label name = new Label(key);
        name.getStyleClass().add("quality-key");
        Label value = new Label(QualityFigures.UNKNOWN);
        value.setId(id);
        value.getStyleClass().add("quality-value");
        name.setLabelFor(value);
        grid.addRow(row, name, value);
        return value;
    }
}
