package org.switchboard.app.conversation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import org.switchboard.contacts.history.DeliveryState;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.MessageRecord;

/**
 * One message as a bubble: incoming on the left, outgoing on the right, with its time and delivery
 * state. The body is plain {@link Text} (never markup) with links as {@link Hyperlink}s.
 */
final class MessageCell extends ListCell<MessageRecord> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Consumer<String> openLink;
    private final ZoneId zone;
    private final ReadOnlyDoubleProperty listWidth;

    /** {@code listWidth} is the timeline's width: a bubble takes at most 72 % of it. */
    MessageCell(Consumer<String> openLink, ZoneId zone, ReadOnlyDoubleProperty listWidth) {
        this.openLink = openLink;
        this.zone = zone;
        this.listWidth = listWidth;
        getStyleClass().add("message-cell");
    }

    @Override
    protected void updateItem(MessageRecord message, boolean empty) {
        super.updateItem(message, empty);
        setText(null);
        if (empty || message == null) {
            setGraphic(null);
            return;
        }
        setGraphic(row(message));
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
        ZonedDateTime at = message.at().atZone(zone);
        String time = at.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(at) : DAY_TIME.format(at);
        String delivery = DeliveryTexts.of(message);
        String edited = message.corrected() ? " · edited" : "";
        return delivery.isEmpty() ? time + edited : time + edited + " · " + delivery;
    }
}
