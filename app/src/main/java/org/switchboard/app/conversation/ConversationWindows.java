package org.switchboard.app.conversation;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;

/** One conversation window per person: opening it again brings the open one to the front. */
public final class ConversationWindows {
    private final Window owner;
    private final Function<Person, ConversationViewModel> viewModels;
    private final Consumer<Parent> styler;
    private final ZoneId zone;
    private final Map<PersonId, Stage> open = new HashMap<>();

    /** {@code styler} gives each window the main window's theme. */
    public ConversationWindows(Window owner, Function<Person, ConversationViewModel> viewModels, Consumer<Parent> styler,
            ZoneId zone) {
        this.owner = owner;
        this.viewModels = viewModels;
        this.styler = styler;
        this.zone = zone;
    }

    /** Shows the conversation with {@code person} (a stored person), opening it if needed. */
    public Stage show(Person person) {
        PersonId id = java.util.Objects.requireNonNull(person.id(), "a conversation needs a stored person");
        Stage stage = open.computeIfAbsent(id, key -> create(person));
        stage.show();
        stage.toFront();
        stage.requestFocus();
        return stage;
    }

    /** The open window of {@code id}'s conversation, if any. */
    public Optional<Stage> window(PersonId id) {
        return Optional.ofNullable(open.get(id));
    }

    private Stage create(Person person) {
        ConversationViewModel viewModel = viewModels.apply(person);
        ConversationView view = new ConversationView(viewModel, zone);
        styler.accept(view);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(person.displayName() + " — Switchboard");
        stage.setScene(new Scene(view, 560, 640));
        stage.setMinWidth(380);
        stage.setMinHeight(360);
        viewModel.shownProperty().bind(stage.focusedProperty().and(stage.showingProperty()));
        stage.setOnShown(e -> view.focusComposer());
        stage.setOnHidden(e -> {
            viewModel.shownProperty().unbind();
            viewModel.close();
            open.remove(person.id());
        });
        stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        viewModel.load();
        return stage;
    }
}
