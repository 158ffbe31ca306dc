package org.switchboard.app.conversation;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.switchboard.app.call.CallIcons;
import org.switchboard.app.call.QualityVerdict;

/**
 * A finished call in the timeline: a compact line across the middle (not a bubble) with a phone
 * badge, the summary and, below it, the time and for a call that connected its quality. A missed
 * call is drawn in the theme's danger colours ({@code call-missed}).
 */
final class CallLineView extends HBox {
    /** {@code listWidth} is the timeline's width: the line takes at most 86 % of it. */
    CallLineView(CallLine line, ReadOnlyDoubleProperty listWidth) {
        Label summary = new Label(line.summary());
        summary.getStyleClass().add("call-line-summary");
        summary.setWrapText(true);
        HBox meta = meta(line);
        VBox text = new VBox(1, summary, meta);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox pill = new HBox(9, badge(), text);
        pill.getStyleClass().addAll("call-line", line.kind().styleClass());
        pill.setAlignment(Pos.CENTER_LEFT);
        pill.maxWidthProperty().bind(listWidth.multiply(0.86));
        pill.setMinHeight(Region.USE_PREF_SIZE);
        pill.setAccessibleText(line.spoken());
        getChildren().add(pill);
        setAlignment(Pos.CENTER);
    }

    private static StackPane badge() {
        StackPane badge = new StackPane(CallIcons.PHONE.of(14));
        badge.getStyleClass().add("call-line-badge");
        badge.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return badge;
    }

    private static HBox meta(CallLine line) {
        Label facts = new Label(line.quality().isEmpty() ? line.time() : line.time() + " · " + line.quality());
        facts.getStyleClass().add("call-line-meta");
        HBox meta = new HBox(4, facts);
        meta.setAlignment(Pos.BASELINE_LEFT);
        if (line.verdict() != QualityVerdict.UNKNOWN) {
            Label verdict = new Label("· " + line.verdict().words());
            verdict.getStyleClass().addAll("call-line-meta", "call-line-verdict", line.verdict().styleClass());
            meta.getChildren().add(verdict);
        }
        return meta;
    }
}
