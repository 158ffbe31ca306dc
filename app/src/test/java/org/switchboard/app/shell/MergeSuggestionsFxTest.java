package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.merging.MergeCandidate;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Merge suggestions driven from the keyboard on a real SQLite address book, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MergeSuggestionsFxTest {
    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private SqlitePersonRepository repository;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        repository.save(Person.named("Anna A.", Addresses.parse(EndpointKind.EMAIL, "anna@example.org"),
                Addresses.parse(EndpointKind.PHONE, "+49 170 1234567"),
                Addresses.parse(EndpointKind.XMPP, "anna@chat.example.org")));
        repository.save(Person.named("Ben Becker", Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org")));
        repository.save(Person.named("Benjamin", Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org")));
        repository.save(Person.named("Clara Castro", Addresses.parse(EndpointKind.PHONE, "+49 171 9876543")));
        GuiServices services = GuiServices.defaults(dir, repository, repository.mergeService());
        shell = ShellView.show(stage, services, tasks);
        shell.load();
    }

    @AfterEach
    void stop() {
        tasks.close();
        repository.close();
    }

    @Test
    void mergeFromTheKeyboardKeepsEveryAddressAndUnmergeUndoesIt(FxRobot robot) throws TimeoutException {
        waitUntil(() -> people(robot).getItems().size() == 5);
        waitUntil(() -> hint(robot).isVisible());
        assertThat(hint(robot).getText()).isEqualTo("2 possible duplicates — Ctrl+M");
        // the list's cells are laid out at the next pulse after the items arrive (late on a loaded machine)
        waitUntil(() -> robot.lookup("Clara Castro").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("Clara Castro");

        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#merge-suggestions").tryQuery().isPresent());
        robot.targetWindow((Node) robot.lookup("#merge-suggestions").query());
        ListView<MergeCandidate> suggestions = suggestions(robot);
        waitUntil(() -> suggestions.getSelectionModel().getSelectedIndex() == 0);
        MergeCandidate annas = suggestions.getItems().getFirst();
        assertThat(annas.reason()).isEqualTo("both have the email anna@example.org");
        assertThat(annas.keepProperty().get().displayName()).as("the richer one by default").isEqualTo("Anna A.");

        robot.type(KeyCode.SPACE);
        assertThat(annas.keepProperty().get().displayName()).isEqualTo("Anna Abel");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> suggestions.getItems().size() == 1);
        assertThat(robot.lookup("#merge-count").queryAs(Label.class).getText()).isEqualTo("1 possible duplicate");
        waitUntil(() -> people(robot).getItems().size() == 4);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#merge-suggestions").tryQuery().isEmpty());
        robot.targetWindow(shell.stage());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Merged Anna A. into Anna Abel");
        waitUntil(() -> hint(robot).getText().equals("1 possible duplicate — Ctrl+M"));

        robot.clickOn("Anna Abel");

        waitUntil(() -> robot.lookup(".unmerge-button").tryQuery().isPresent());
        assertThat(robot.lookup("#card-name").queryAs(Label.class).getText()).isEqualTo("Anna Abel");
        assertThat(robot.lookup(".channel-address").queryAllAs(Label.class)).hasSize(3)
                .anySatisfy(l -> assertThat(l.getText()).contains("anna@example.org"))
                .anySatisfy(l -> assertThat(l.getText()).contains("anna@chat.example.org"))
                .anySatisfy(l -> assertThat(l.getText().replace(" ", "")).contains("+491701234567"));
        Button unmerge = robot.lookup(".unmerge-button").queryAs(Button.class);
        assertThat(unmerge.getText()).isEqualTo("Unmerge Anna A.");

        robot.clickOn(unmerge);

        waitUntil(() -> people(robot).getItems().size() == 5);
        waitUntil(() -> !robot.lookup("#merged-persons").query().isVisible());
        waitUntil(() -> robot.lookup(".channel-address").queryAll().size() == 1);
        waitUntil(() -> hint(robot).getText().equals("2 possible duplicates — Ctrl+M"));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Unmerged Anna A. from Anna Abel");
    }

    @Test
    void notTheSameRemovesThePairAndTheHintFollows(FxRobot robot) throws TimeoutException {
        waitUntil(() -> hint(robot).isVisible());
        robot.clickOn("#merge-hint");

        waitUntil(() -> robot.lookup("#merge-suggestions").tryQuery().isPresent());
        robot.targetWindow((Node) robot.lookup("#merge-suggestions").query());
        ListView<MergeCandidate> suggestions = suggestions(robot);
        waitUntil(() -> suggestions.getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.DOWN).type(KeyCode.DELETE);

        waitUntil(() -> suggestions.getItems().size() == 1);
        assertThat(suggestions.getItems().getFirst().reason()).isEqualTo("both have the email anna@example.org");
        assertThat(hint(robot).getText()).isEqualTo("1 possible duplicate — Ctrl+M");
        assertThat(repository.count()).isEqualTo(5);
    }

    private static Hyperlink hint(FxRobot robot) {
        return robot.lookup("#merge-hint").queryAs(Hyperlink.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Person> people(FxRobot robot) {
        return robot.lookup("#people").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<MergeCandidate> suggestions(FxRobot robot) {
        return robot.lookup("#merge-suggestions").queryAs(ListView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
