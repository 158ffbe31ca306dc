package org.switchboard.app.people;

import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.switchboard.app.reach.ReachContext;
import org.switchboard.contacts.Person;

/**
 * The left side: the search field over the list of persons. Typing anywhere in the list goes to the
 * search field; arrows in the search field move the selection; Esc clears the search; Enter opens.
 */
public final class PeopleView extends VBox {
    static final String EMPTY_TEXT = "No one here yet — press Ctrl+N or import a vCard";

    private final PeopleViewModel viewModel;
    private final TextField search = new TextField();
    private final ListView<Person> list;
    private final Label placeholder = new Label();
    private Runnable onOpen = () -> {};
    private boolean syncing;

    public PeopleView(PeopleViewModel viewModel, ReachContext reachability) {
        this(viewModel, reachability, person -> 0);
    }

    /** {@code unread} says how many unread messages each person has (a badge on their row). */
    public PeopleView(PeopleViewModel viewModel, ReachContext reachability, ToIntFunction<Person> unread) {
        this.viewModel = viewModel;
        this.list = new ListView<>(viewModel.visiblePersons());
        getStyleClass().add("people-view");
        search.setId("search");
        search.setPromptText("Search people, addresses, numbers  (Ctrl+F)");
        search.getStyleClass().add("people-search");
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        list.setId("people");
        list.getStyleClass().add("people-list");
        list.setFixedCellSize(58);
        list.setCellFactory(v -> new PersonCell(reachability, unread));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholderText,
                viewModel.totalProperty(), viewModel.queryProperty(), viewModel.loadedProperty()));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setMargin(search, new Insets(0, 12, 0, 12));
        getChildren().addAll(search, list);
        bindSelection();
        installKeys();
    }

    /** What Enter or a double click on a person does. */
    public void setOnOpen(Runnable action) {
        this.onOpen = action;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Redraws the rows (presence or unread counts changed). */
    public void refreshRows() {
        list.refresh();
    }

    public ListView<Person> list() {
        return list;
    }

    private String placeholderText() {
        if (!viewModel.loadedProperty().get()) {
            return "Loading the address book…";
        }
        if (viewModel.totalProperty().get() == 0) {
            return EMPTY_TEXT;
        }
        return "No one matches “" + viewModel.queryProperty().get().strip() + "”";
    }

    private void bindSelection() {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                viewModel.selectedProperty().set(now);
                syncing = false;
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> showSelection(now));
    }

    private void showSelection(Person person) {
        if (syncing) {
            return;
        }
        syncing = true;
        if (person == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(person);
            list.scrollTo(person);
        }
        syncing = false;
    }

    private void installKeys() {
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);
        list.addEventFilter(KeyEvent.KEY_TYPED, this::onListTyped);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen.run();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                viewModel.deleteSelected();
            } else if (e.getCode() == KeyCode.ESCAPE && !viewModel.queryProperty().get().isEmpty()) {
                e.consume();
                viewModel.clearQuery();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.run();
            }
        });
    }

    private void onSearchKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> moveSelection(1, e);
            case UP -> moveSelection(-1, e);
            case ENTER -> {
                e.consume();
                onOpen.run();
            }
            case ESCAPE -> {
                if (!search.getText().isEmpty()) {
                    e.consume();
                    viewModel.clearQuery();
                }
            }
            default -> { }
        }
    }

    private void moveSelection(int delta, KeyEvent e) {
        e.consume();
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int next = Math.clamp(list.getSelectionModel().getSelectedIndex() + delta, 0, size - 1);
        list.getSelectionModel().select(next);
        list.scrollTo(next);
    }

    private void onListTyped(KeyEvent e) {
        String typed = e.getCharacter();
        if (typed.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        e.consume();
        search.requestFocus();
        search.appendText(typed);
        search.positionCaret(search.getLength());
    }
}
