package org.switchboard.app.people;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.switchboard.app.services.EndpointKindTexts;
import org.switchboard.app.services.PresenceStyle;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.Presence;

/** One row of the address book: presence dot, name, organisation and the kinds of channel the person has. */
final class PersonCell extends ListCell<Person> {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private static final String[] PRESENCE_CLASSES = {"available", "away", "busy", "offline", "unknown"};

    private final ReachContext reachability;
    private final Region dot = new Region();
    private final Label name = new Label();
    private final Label organization = new Label();
    private final HBox channels = new HBox(4);
    private final Label unreadBadge = new Label();
    private final ToIntFunction<Person> unread;
    private final HBox row;
    private final Map<EndpointKind, Label> badgeLabels = new EnumMap<>(EndpointKind.class);

    PersonCell(ReachContext reachability, ToIntFunction<Person> unread) {
        this.reachability = reachability;
        this.unread = unread;
        unreadBadge.getStyleClass().add("unread-badge");
        dot.getStyleClass().add("presence-dot");
        name.getStyleClass().add("person-cell-name");
        organization.getStyleClass().add("person-cell-org");
        channels.getStyleClass().add("person-cell-channels");
        channels.setAlignment(Pos.CENTER_RIGHT);
        VBox text = new VBox(1, name, organization);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(10, dot, text, unreadBadge, channels);
        row.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("person-cell");
    }

    @Override
    protected void updateItem(Person person, boolean empty) {
        super.updateItem(person, empty);
        if (empty || person == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Presence presence = reachability.bestPresence(person.endpoints());
        dot.getStyleClass().removeAll(PRESENCE_CLASSES);
        dot.getStyleClass().add(PresenceStyle.styleClass(presence));
        name.setText(person.displayName());
        String org = person.organization();
        organization.setText(org.isEmpty() ? person.title() : org);
        organization.setManaged(!organization.getText().isEmpty());
        organization.setVisible(!organization.getText().isEmpty());
        channels.getChildren().setAll(badges(person));
        showUnread(unread.applyAsInt(person));
        setText(null);
        setGraphic(row);
    }

    private void showUnread(int count) {
        unreadBadge.setText(count > 99 ? "99+" : Integer.toString(count));
        unreadBadge.setVisible(count > 0);
        unreadBadge.setManaged(count > 0);
        name.pseudoClassStateChanged(UNREAD, count > 0);
        setAccessibleText(count > 0 ? getItem().displayName() + ", " + count + " unread" : null);
    }

    /** The badges of the kinds {@code person} has, in kind order; each cell keeps one label per kind (no new nodes per row). */
    private List<Label> badges(Person person) {
        Set<EndpointKind> kinds = EnumSet.noneOf(EndpointKind.class);
        for (Endpoint endpoint : person.endpoints()) {
            kinds.add(endpoint.kind());
        }
        List<Label> shown = new ArrayList<>(kinds.size());
        for (EndpointKind kind : kinds) {
            shown.add(badgeLabels.computeIfAbsent(kind, PersonCell::badge));
        }
        return shown;
    }

    private static Label badge(EndpointKind kind) {
        Label badge = new Label(EndpointKindTexts.badge(kind));
        badge.getStyleClass().addAll("channel-badge", "channel-" + kind.id());
        return badge;
    }
}
