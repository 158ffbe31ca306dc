package org.switchboard.app.conversation;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.switchboard.app.person.Initials;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.history.HistoryEntry;

/**
 * A conversation: the person at the top, the timeline of messages and calls (newest at the bottom,
 * "Show earlier messages" above it) and the composer. Enter sends, Shift+Enter starts a new line, Up in an empty composer edits the last message sent.
 */
public final class ConversationView extends BorderPane {
    private final ConversationViewModel viewModel;
    private final ListView<HistoryEntry> timeline = new ListView<>();
    private final TextArea composer = new TextArea();

    public ConversationView(ConversationViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        getStyleClass().add("conversation");
        setTop(header());
        setCenter(timeline(zone));
        setBottom(composerBox());
    }

    /** Puts the cursor in the composer. */
    public void focusComposer() {
        composer.requestFocus();
    }

    private Node header() {
        Label initials = new Label(Initials.of(viewModel.person().displayName()));
        initials.getStyleClass().add("avatar-initials");
        StackPane avatar = new StackPane(initials);
        avatar.getStyleClass().addAll("avatar", "conversation-avatar");
        Label name = new Label(viewModel.person().displayName());
        name.setId("conversation-name");
        name.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Endpoint> to = new ComboBox<>(viewModel.chatAddresses());
        to.setId("conversation-to");
        to.valueProperty().bindBidirectional(viewModel.sendToProperty());
        to.setConverter(new StringConverter<>() {
            @Override
            public String toString(Endpoint endpoint) {
                return endpoint == null ? "" : endpoint.address();
            }

            @Override
            public Endpoint fromString(String text) {
                throw new UnsupportedOperationException("addresses are chosen, not typed");
            }
        });
        to.setVisible(viewModel.chatAddresses().size() > 1);
        to.setManaged(to.isVisible());
        Label only = new Label(viewModel.chatAddresses().size() == 1 ? viewModel.chatAddresses().getFirst().address()
                : viewModel.chatAddresses().isEmpty() ? "No chat address — add an XMPP or SIP address to this person" : "");
        only.getStyleClass().add("conversation-address");
        Label typing = new Label();
        typing.setId("conversation-typing");
        typing.textProperty().bind(viewModel.typingProperty());
        HBox header = new HBox(12, avatar, new VBox(2, new HBox(8, name, typing), new HBox(6, only, to)));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("conversation-header");
        return header;
    }

    private Node timeline(ZoneId zone) {
        timeline.setId("conversation-timeline");
        timeline.getStyleClass().add("conversation-timeline");
        timeline.setItems(viewModel.entries());
        timeline.setCellFactory(list -> new TimelineCell(viewModel::openLink, zone, timeline.widthProperty()));
        timeline.setFocusTraversable(false);
        Label empty = new Label("No messages yet — say hello");
        empty.getStyleClass().add("empty-state");
        timeline.setPlaceholder(empty);
        viewModel.entries().addListener((ListChangeListener<HistoryEntry>) this::scrollOnNews);
        Button earlier = new Button("Show earlier messages");
        earlier.setId("conversation-earlier");
        earlier.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        earlier.visibleProperty().bind(viewModel.moreBeforeProperty());
        earlier.managedProperty().bind(earlier.visibleProperty());
        earlier.setOnAction(e -> viewModel.loadEarlier());
        HBox top = new HBox(earlier);
        top.setAlignment(Pos.CENTER);
        VBox box = new VBox(top, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return box;
    }

    private void scrollOnNews(ListChangeListener.Change<? extends HistoryEntry> change) {
        while (change.next()) {
            if (change.wasAdded() && change.getTo() == viewModel.entries().size()) {
                timeline.scrollTo(viewModel.entries().size() - 1);
                return;
            }
        }
    }

    private Node composerBox() {
        composer.setId("composer");
        composer.getStyleClass().add("composer");
        composer.setWrapText(true);
        composer.setPrefRowCount(2);
        composer.setPromptText(viewModel.chatAddresses().isEmpty() ? "" : "Write a message — Enter sends, Shift+Enter new line");
        composer.textProperty().bindBidirectional(viewModel.draftProperty());
        composer.setDisable(viewModel.chatAddresses().isEmpty());
        composer.addEventFilter(KeyEvent.KEY_PRESSED, this::composerKey);
        HBox.setHgrow(composer, Priority.ALWAYS);
        Button send = new Button("Send");
        send.setId("send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(viewModel.draftProperty().isEmpty().or(viewModel.sendToProperty().isNull()));
        send.setOnAction(e -> viewModel.send());
        send.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, composer, send);
        line.setAlignment(Pos.BOTTOM_RIGHT);
        Label problem = new Label();
        problem.setId("conversation-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(6, problem, line);
        box.getStyleClass().add("composer-box");
        return box;
    }

    private void composerKey(KeyEvent event) {
        if (event.getCode() == KeyCode.UP && viewModel.editLast()) {
            event.consume();
            composer.end();
            return;
        }
        if (event.getCode() != KeyCode.ENTER) {
            return;
        }
        event.consume();
        if (event.isShiftDown()) {
            composer.insertText(composer.getCaretPosition(), "\n");
        } else {
            viewModel.send();
        }
    }
}
