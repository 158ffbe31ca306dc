package org.switchboard.app.conversation;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.switchboard.contacts.history.CallRecord;
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.HistoryEntry;
import org.switchboard.contacts.history.MessageRecord;

/**
 * One timeline entry. A message is a bubble: incoming on the left, outgoing on the right, with its
 * time and delivery state; its body is plain {@link Text} (never markup) with links as
 * {@link Hyperlink}s. A call is a {@link CallLineView} across the middle.
 */
final class TimelineCell extends ListCell<HistoryEntry> {
    private final Consumer<String> openLink;
    private final ZoneId zone;
    private final ReadOnlyDoubleProperty listWidth;

    /** {@code listWidth} is the timeline's width: a bubble takes at most 72 % of it. */
    TimelineCell(Consumer<String> openLink, ZoneId zone, ReadOnlyDoubleProperty listWidth) {
        this.openLink = openLink;
        this.zone = zone;
        this.listWidth = listWidth;
        getStyleClass().add("timeline-cell");
    }

    @Override
    protected void updateItem(HistoryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        setGraphic(switch (entry) {
            case MessageRecord message -> row(message);
            case CallRecord call -> new CallLineView(CallLine.of(call, zone), listWidth);
        });
    }

    private Node row(MessageRecord message) {
        boolean out = message.direction() == Direction.OUT;
        TextFlow body = body(message.body());
        body.getStyleClass().add("message-body");
        Label meta = new Label(meta(message));
        meta.getStyleClass().add("message-meta");
        if (message.delivery() == DeliveryState.FAILED && out) {
            meta.getStyleClass().add("message-failed");
        }
        VBox bubble = new VBox(3, body, meta);
        bubble.getStyleClass().addAll("message-bubble", out ? "outgoing" : "incoming");
        bubble.setAlignment(out ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
        bubble.maxWidthProperty().bind(listWidth.multiply(0.72));
        bubble.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(bubble);
        row.setAlignment(out ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        return row;
    }

    private TextFlow body(String text) {
        TextFlow flow = new TextFlow();
        for (LinkText.Segment segment : LinkText.split(text)) {
            if (segment.uri() != null) {
                String uri = segment.uri();
                Hyperlink link = new Hyperlink(segment.text());
                link.getStyleClass().add("message-link");
                link.setOnAction(e -> openLink.accept(uri));
                flow.getChildren().add(link);
            } else {
                Text plain = new Text(segment.text());
                plain.getStyleClass().add("message-text");
                flow.getChildren().add(plain);
            }
        }
        return flow;
    }

    private String meta(MessageRecord message) {
        String time = EntryTimes.format(message.at(), zone);
        String delivery = DeliveryTexts.of(message);
        String edited = message.corrected() ? " · edited" : "";
        return delivery.isEmpty() ? time + edited : time + edited + " · " + delivery;
    }
}
