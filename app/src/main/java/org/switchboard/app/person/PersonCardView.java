package org.switchboard.app.person;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.reach.Intent;

/** The right side: one person's card with its channels, the Reach decision and the actions. */
public final class PersonCardView extends ScrollPane {
    private static final DateTimeFormatter BIRTHDAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);

    private static final PseudoClass UNREACHABLE = PseudoClass.getPseudoClass("unreachable");

    private final PersonCardViewModel viewModel;
    private final Label initials = new Label();
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final Region presenceDot = new Region();
    private final Label presence = new Label();
    private final Label decision = new Label();
    private final Label outcome = new Label();
    private final VBox channels = new VBox(2);
    private final VBox details = new VBox(6);
    private final Button edit = new Button("Edit");
    private final Button delete = new Button("Delete");
    private final VBox content;

    public PersonCardView(PersonCardViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll("person-card-scroll", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        content = new VBox(18, header(), actions(), decisionBox(), section("Ways to reach", channels), section("Details", details));
        content.getStyleClass().add("person-card");
        setContent(content);
        viewModel.personProperty().addListener((obs, old, now) -> show(now));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<EndpointRow>) c -> showRows());
        show(viewModel.personProperty().get());
        showRows();
    }

    public void setOnEdit(Runnable action) {
        edit.setOnAction(e -> action.run());
    }

    public void setOnDelete(Runnable action) {
        delete.setOnAction(e -> action.run());
    }

    /** Adds a section that another feature provides (it hides itself when it has nothing to show). */
    public void addSection(Node section) {
        content.getChildren().add(section);
    }

    private Node header() {
        initials.getStyleClass().add("avatar-initials");
        StackPane avatar = new StackPane(initials);
        avatar.getStyleClass().add("avatar");
        name.getStyleClass().addAll(Styles.TITLE_2, "person-card-name");
        name.setId("card-name");
        name.setWrapText(true);
        subtitle.getStyleClass().add("person-card-subtitle");
        presenceDot.getStyleClass().add("presence-dot");
        viewModel.presenceStyleProperty().subscribe(now -> {
            presenceDot.getStyleClass().removeAll("available", "away", "busy", "offline", "unknown");
            presenceDot.getStyleClass().add(now);
        });
        presence.textProperty().bind(viewModel.presenceTextProperty());
        presence.getStyleClass().add("person-card-presence");
        HBox presenceLine = new HBox(6, presenceDot, presence);
        presenceLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(4, name, subtitle, presenceLine);
        HBox header = new HBox(16, avatar, text);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node actions() {
        Button reach = new Button("Reach");
        reach.setId("reach");
        reach.getStyleClass().addAll(Styles.ACCENT, "reach-button");
        reach.setTooltip(new Tooltip("Reach this person the best way right now (Ctrl+R)"));
        reach.setOnAction(e -> viewModel.reach());
        Button chat = actionButton("Chat", "chat", Intent.CHAT);
        Button call = actionButton("Call", "call", Intent.CALL);
        Button email = actionButton("Email", "email", Intent.EMAIL);
        edit.setId("edit");
        delete.setId("delete");
        delete.getStyleClass().add(Styles.DANGER);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(8, reach, chat, call, email, gap, edit, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private Button actionButton(String text, String id, Intent intent) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        button.setOnAction(e -> viewModel.act(intent));
        return button;
    }

    private Node decisionBox() {
        decision.setId("reach-decision");
        decision.setWrapText(true);
        decision.textProperty().bind(viewModel.decisionProperty());
        decision.getStyleClass().add("reach-decision");
        viewModel.unreachableProperty().subscribe(now -> decision.pseudoClassStateChanged(UNREACHABLE, now));
        outcome.setId("reach-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.getStyleClass().add("reach-outcome");
        outcome.visibleProperty().bind(Bindings.isNotEmpty(outcome.textProperty()));
        outcome.managedProperty().bind(outcome.visibleProperty());
        VBox box = new VBox(6, decision, outcome);
        box.getStyleClass().add("reach-box");
        return box;
    }

    private static Node section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TEXT_CAPTION, "card-section-title");
        return new VBox(8, heading, body);
    }

    private void show(Person person) {
        if (person == null) {
            name.setText("");
            subtitle.setText("");
            initials.setText("");
            details.getChildren().clear();
            return;
        }
        name.setText(person.displayName());
        initials.setText(Initials.of(person.displayName()));
        String sub = String.join(" · ", java.util.stream.Stream.of(person.title(), person.organization())
                .filter(s -> !s.isBlank()).toList());
        subtitle.setText(sub);
        subtitle.setManaged(!sub.isEmpty());
        subtitle.setVisible(!sub.isEmpty());
        details.getChildren().setAll(detailLines(person));
    }

    private static Node[] detailLines(Person person) {
        java.util.List<Node> lines = new java.util.ArrayList<>();
        if (person.birthday() != null) {
            lines.add(detail("Birthday", BIRTHDAY.format(person.birthday())));
        }
        if (!person.categories().isEmpty()) {
            lines.add(detail("Categories", String.join(", ", person.categories())));
        }
        if (!person.note().isBlank()) {
            lines.add(detail("Note", person.note()));
        }
        if (lines.isEmpty()) {
            Label none = new Label("No birthday, categories or note");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            lines.add(none);
        }
        return lines.toArray(Node[]::new);
    }

    private static Node detail(String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("detail-key");
        k.setMinWidth(90);
        Label v = new Label(value);
        v.setWrapText(true);
        return new HBox(12, k, v);
    }

    private void showRows() {
        channels.getChildren().setAll(viewModel.rows().stream().map(PersonCardView::channelRow).toArray(Node[]::new));
        if (viewModel.rows().isEmpty()) {
            Label none = new Label("No addresses yet — use Edit to add one");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            channels.getChildren().add(none);
        }
    }

    private static Node channelRow(EndpointRow row) {
        Label kind = new Label(row.channelText());
        kind.getStyleClass().add("channel-kind");
        kind.setMinWidth(118);
        Label address = new Label(row.address() + (row.label().isEmpty() ? "" : "  (" + row.label() + ")"));
        address.getStyleClass().add("channel-address");
        Region dot = new Region();
        dot.getStyleClass().addAll("presence-dot", row.presenceStyle());
        Label presence = new Label(row.presenceText());
        presence.getStyleClass().add("channel-presence");
        Label capabilities = new Label(row.capabilitiesText());
        capabilities.getStyleClass().add("channel-capabilities");
        HBox status = new HBox(6, dot, presence, new Label("·"), capabilities);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("channel-status");
        VBox right = new VBox(2, address, status);
        HBox line = new HBox(12, kind, right);
        line.getStyleClass().add("channel-row");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
