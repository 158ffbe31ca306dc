package org.switchboard.app.conversation;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.switchboard.contacts.history.Direction;
import org.switchboard.contacts.history.SearchHit;
import org.switchboard.contacts.history.Snippet;

/** "Search messages…" (Ctrl+Shift+F): type, ↓ to the hits, Enter opens the conversation. Snippets are plain text. */
public final class MessageSearchView extends Dialog<Void> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final MessageSearchViewModel viewModel;
    private final TextField query = new TextField();
    private final ListView<SearchHit> hits = new ListView<>();

    public MessageSearchView(MessageSearchViewModel viewModel, Window owner, ZoneId zone) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Search messages");
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getStyleClass().add("message-search");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        query.setId("message-search-query");
        query.setPromptText("Words from any message");
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !hits.getItems().isEmpty()) {
                e.consume();
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
            }
        });
        hits.setId("message-search-hits");
        hits.setItems(viewModel.hits());
        hits.setCellFactory(list -> new HitCell(zone));
        hits.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                viewModel.open(hits.getSelectionModel().getSelectedItem());
            }
        });
        hits.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(hits.getSelectionModel().getSelectedItem());
            }
        });
        Label summary = new Label();
        summary.setId("message-search-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        VBox content = new VBox(10, query, summary, hits);
        VBox.setVgrow(hits, Priority.ALWAYS);
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(600, 480);
        setOnShown(e -> query.requestFocus());
    }

    /** A hit: who and when, then the snippet with the matches marked (as text, never markup). */
    private static final class HitCell extends ListCell<SearchHit> {
        private final ZoneId zone;

        HitCell(ZoneId zone) {
            this.zone = zone;
            getStyleClass().add("search-hit");
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            String who = hit.personName() != null ? hit.personName() : hit.message().peer().address();
            String direction = hit.message().direction() == Direction.OUT ? "You to " + who : who;
            Label header = new Label(direction + " · " + WHEN.format(hit.message().at().atZone(zone)));
            header.getStyleClass().add("search-hit-header");
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-hit-snippet");
            for (Snippet.Span span : hit.snippet().spans()) {
                Text text = new Text(span.text());
                text.getStyleClass().add(span.match() ? "search-match" : "message-text");
                snippet.getChildren().add(text);
            }
            snippet.maxWidthProperty().bind(widthProperty().subtract(40));
            setGraphic(new VBox(3, header, snippet));
        }
    }
}
