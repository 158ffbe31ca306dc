package org.switchboard.app.shell;

import org.switchboard.app.StartupTrace;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.call.CallWindows;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.editor.PersonEditorView;
import org.switchboard.app.editor.PersonEditorViewModel;
import org.switchboard.app.importing.ImportView;
import org.switchboard.app.importing.ImportViewModel;
import org.switchboard.app.merging.MergeSuggestionsView;
import org.switchboard.app.merging.MergeSuggestionsViewModel;
import org.switchboard.app.merging.MergedPersonsView;
import org.switchboard.app.people.PeopleView;
import org.switchboard.app.people.PeopleViewModel;
import org.switchboard.app.person.PersonCardView;
import org.switchboard.app.person.PersonCardViewModel;
import org.switchboard.app.settings.PinnedDevices;
import org.switchboard.app.system.UriOpener;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Person;
import org.switchboard.media.MediaEngine;

/**
 * The main window: menu, the list of persons on the left, the selected person's card on the right
 * (created on first use), a status line and the undo snackbar. Wires the features together.
 */
public final class ShellView {
    private final Stage stage;
    private final GuiServices services;
    private final PeopleViewModel people;
    private final PersonCardViewModel card;
    private final ImportViewModel importing;
    private final MergeSuggestionsViewModel merging;
    private final PeopleView peopleView;
    private final StackPane cardHolder = new StackPane();
    private final ImportView importView;
    private final Scene scene;
    private final ThemeController themes;
    private final MessagingShell messaging;
    private final CallShell calls;
    private @Nullable PersonCardView cardView;
    private @Nullable MergeSuggestionsView mergeView;

    /** How long a person stays selected before their SIP addresses are asked whether they are reachable. */
    private static final Duration LOOKED_AT = Duration.millis(300);

    /** Presence dots and the card follow presence changes, at most ten times a second (a storm stays cheap). */
    private final Throttle presenceRefresh;

    private ShellView(Stage stage, GuiServices services, TaskRunner tasks) {
        this.stage = stage;
        this.services = services;
        UriOpener opener = services.uriOpener();
        people = new PeopleViewModel(services.repository(), tasks);
        card = new PersonCardViewModel(services.repository(), services.reachContext(), opener, tasks, services.clock());
        importing = new ImportViewModel(services.importer(), services.exporter(), services.repository(), tasks, people::reload);
        merging = new MergeSuggestionsViewModel(services.merging(), tasks, people::reload);
        messaging = new MessagingShell(stage, services, tasks, parent -> themes().follow(parent));
        card.setChatOpener(messaging);
        calls = new CallShell(stage, services, tasks, parent -> themes().follow(parent));
        peopleView = new PeopleView(people, services.reachContext(), messaging.unread()::unread);
        importView = new ImportView(importing, stage);
        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("shell");
        SplitPane body = body();
        VBox.setVgrow(body, Priority.ALWAYS);
        frame.setCenter(new VBox(SubscriptionBanner.build(new SubscriptionPromptsViewModel(services.channels())), body));
        frame.setBottom(statusBar());
        StackPane root = new StackPane(frame, snackbar());
        scene = new Scene(root, 1120, 720);
        themes = new ThemeController(scene);
        frame.setTop(new ShellMenu(this).build());
        card.personProperty().bind(people.selectedProperty());
        merging.survivorProperty().bind(people.selectedProperty());
        people.everyoneProperty().subscribe(everyone -> afterNextLayout(() -> {
            merging.suggestFrom(everyone);
            messaging.unread().countAll();
        }));
        messaging.unread().versionProperty().subscribe(v -> peopleView.refreshRows());
        people.selectedProperty().subscribe(this::ensureCard);
        // addresses without pushed presence (SIP) are asked about once their person stays selected a moment
        // (not for every row passed while arrowing through the list)
        PauseTransition lookedAt = new PauseTransition(LOOKED_AT);
        lookedAt.setOnFinished(done -> {
            Person person = people.selectedProperty().get();
            if (person != null) {
                person.endpoints().forEach(services.channels()::probe);
            }
        });
        people.selectedProperty().subscribe(person -> lookedAt.playFromStart());
        peopleView.setOnOpen(this::editSelected);
        services.channels().onAddressBookChanged(account -> people.reload());
        presenceRefresh = new Throttle(Duration.millis(100), () -> {
            peopleView.refreshRows();
            card.refresh();
        });
        services.channels().onPresence(status -> presenceRefresh.request());
    }

    /**
     * Runs {@code work} once the next layout pulse is done: the duplicate search and the unread counts
     * wait until the list is on screen, so that they do not compete with the first frame.
     */
    private void afterNextLayout(Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            work.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Builds the window on {@code stage} and shows it (the address book is loaded by {@link #load()}). */
    public static ShellView show(Stage stage, GuiServices services, TaskRunner tasks) {
        ShellView shell = build(stage, services, tasks);
        shell.showWindow();
        return shell;
    }

    /** Builds the window on {@code stage} without showing it: its listeners are in place from now on. */
    public static ShellView build(Stage stage, GuiServices services, TaskRunner tasks) {
        ShellView shell = new ShellView(stage, services, tasks);
        StartupTrace.mark("window built");
        stage.setTitle("Switchboard");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(shell.scene);
        return shell;
    }

    /** Shows the built window with the focus in the list. */
    public void showWindow() {
        stage.show();
        peopleView.list().requestFocus();
    }

    /** Loads the address book in the background; the list fills in one go. */
    public void load() {
        var first = services.firstIndex();
        if (first != null) {
            people.publishWhenLoaded(first);
        } else {
            people.reload();
        }
    }

    private SplitPane body() {
        Label hint = new Label("Select a person to see how to reach them");
        hint.getStyleClass().add("empty-state");
        cardHolder.getChildren().add(hint);
        cardHolder.getStyleClass().add("card-holder");
        SplitPane split = new SplitPane(peopleView, cardHolder);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(peopleView, false);
        return split;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("status-message");
        StringProperty latest = new SimpleStringProperty("");
        importing.messageProperty().subscribe(latest::set);
        merging.messageProperty().subscribe(latest::set);
        Runnable update = () -> message.setText(people.errorProperty().get().isEmpty()
                ? latest.get() : people.errorProperty().get());
        people.errorProperty().subscribe(update);
        latest.subscribe(update);
        Label count = new Label();
        count.setId("person-count");
        count.textProperty().bind(people.totalProperty().map(n -> n.intValue() == 1 ? "1 person" : n + " persons"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Hyperlink duplicates = new Hyperlink();
        duplicates.setId("merge-hint");
        duplicates.getStyleClass().add("merge-hint");
        duplicates.textProperty().bind(merging.hintProperty());
        duplicates.visibleProperty().bind(merging.hintProperty().isNotEmpty());
        duplicates.managedProperty().bind(duplicates.visibleProperty());
        duplicates.setFocusTraversable(false);
        duplicates.setOnAction(e -> showMergeSuggestions());
        HBox bar = new HBox(12, importView, message, gap, duplicates, count, messaging.ownPresenceView());
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private UndoSnackbar snackbar() {
        UndoSnackbar snackbar = new UndoSnackbar(people);
        StackPane.setAlignment(snackbar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(snackbar, new Insets(0, 0, 56, 0));
        return snackbar;
    }

    private void ensureCard(@Nullable Person person) {
        if (cardView == null && person != null) {
            cardView = new PersonCardView(card);
            cardView.setOnEdit(this::editSelected);
            cardView.setOnDelete(people::deleteSelected);
            cardView.addSection(new MergedPersonsView(merging));
            cardHolder.getChildren().setAll(cardView);
        }
    }

    void newPerson() {
        openEditor(null);
    }

    void editSelected() {
        Person selected = people.selectedProperty().get();
        if (selected != null) {
            openEditor(selected);
        }
    }

    private void openEditor(@Nullable Person person) {
        PersonEditorView editor = new PersonEditorView(new PersonEditorViewModel(person), stage);
        editor.setOnHidden(e -> {
            Person result = editor.getResult();
            if (result != null) {
                people.save(result, saved -> new SubscriptionAsker(services.channels()).saved(person, saved));
            }
            peopleView.list().requestFocus();
        });
        editor.show();
    }

    /**
     * Opens a link handed over by the desktop or the local API: the person with that address is
     * selected and their chat opened or call placed; an address nobody has opens a new person with it.
     *
     * @throws IllegalArgumentException naming the link when it is not one of ours
     */
    public void openLink(String uri) {
        LinkTarget target = LinkTarget.of(uri, people.everyoneProperty().get());
        stage.toFront();
        if (target.person().isEmpty()) {
            openEditor(target.newPerson());
            return;
        }
        people.select(target.person().get());
        card.act(target.intent());
    }

    /** Runs {@code work} on the FX thread once the address book is loaded (at once when it is). */
    void afterLoaded(Runnable work) {
        if (people.loadedProperty().get()) {
            work.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (now) {
                    people.loadedProperty().removeListener(this);
                    work.run();
                }
            }
        };
        people.loadedProperty().addListener(once);
    }

    /** Brings the window to the front (a second start of Switchboard on the same profile asks for it). */
    public void toFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    void showMergeSuggestions() {
        if (mergeView == null) {
            mergeView = new MergeSuggestionsView(merging, stage);
            mergeView.setOnHidden(e -> peopleView.list().requestFocus());
        }
        if (!mergeView.isShowing()) {
            mergeView.show();
        }
    }

    void showAccounts() {
        messaging.showAccounts();
    }

    void showMessageSearch() {
        messaging.showMessageSearch(id -> people.everyoneProperty().get().stream()
                .filter(p -> id.equals(p.id())).findFirst().orElse(null));
    }

    /**
     * Turns the calls on with the app's audio engine and the user's pinned devices: "Audio devices…"
     * works from then on, and the returned windows open calls themed like this window.
     */
    public CallWindows enableCalls(MediaEngine media, PinnedDevices pins) {
        CallWindows windows = calls.enable(media, pins);
        ChannelHub hub = services.channels();
        card.setCallPlacer(new HubCallPlacer(hub, windows, this::tellProblem));
        hub.onIncomingCall(windows::incoming);
        return windows;
    }

    private void tellProblem(String text) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, text);
        alert.initOwner(stage);
        alert.show();
    }

    CallShell calls() {
        return calls;
    }

    MessagingShell messaging() {
        return messaging;
    }

    void focusSearch() {
        peopleView.focusSearch();
    }

    void toggleTheme() {
        themes.toggle();
    }

    ThemeController themes() {
        return themes;
    }

    ImportView importView() {
        return importView;
    }

    PersonCardViewModel card() {
        return card;
    }

    Stage stage() {
        return stage;
    }

    GuiServices services() {
        return services;
    }

    public MergeSuggestionsViewModel merging() {
        return merging;
    }

    public PeopleViewModel people() {
        return people;
    }

    public Scene scene() {
        return scene;
    }
}
