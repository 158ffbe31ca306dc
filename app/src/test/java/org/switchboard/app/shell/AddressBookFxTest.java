package org.switchboard.app.shell;

import org.switchboard.contacts.vcard.SkippedCard;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.contacts.vcard.ImportReport;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeImporter;
import org.switchboard.app.testing.RecordingUriOpener;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.InMemoryPersonRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window driven like a user would, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class AddressBookFxTest {
    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final RecordingUriOpener opener = new RecordingUriOpener();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final FakeImporter importer = new FakeImporter(repository,
            List.of(Person.named("Imported Ida", Addresses.parse(EndpointKind.EMAIL, "ida@example.org"))),
            new ImportReport(1, 0, List.of(new SkippedCard(2, 7, "the EMAIL \"ida@@x\" is not a valid Email address")),
                    List.of()));
    private ShellView shell;

    @Start
    void start(Stage stage) {
        repository.save(Person.named("Anna Abel", Addresses.parse(EndpointKind.EMAIL, "anna@example.org")));
        repository.save(Person.named("Ben Becker", Addresses.parse(EndpointKind.PHONE, "+49 170 1234567"),
                Addresses.parse(EndpointKind.XMPP, "ben@chat.example.org")));
        repository.save(Person.named("Clara Castro", Addresses.parse(EndpointKind.PHONE, "+49 171 9876543")));
        GuiServices services = GuiServices.defaults(Path.of("target", "fx-profile"), repository)
                .withUriOpener(opener)
                .withImporter(importer);
        shell = ShellView.show(stage, services, tasks);
        shell.load();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void typingPhoneDigitsLeavesOnlyThatPerson(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);

        robot.clickOn("#search").write("1701234");

        waitUntil(() -> list(robot).getItems().size() == 1);
        assertThat(list(robot).getItems().getFirst().displayName()).isEqualTo("Ben Becker");
        assertThat(list(robot).getSelectionModel().getSelectedItem().displayName()).isEqualTo("Ben Becker");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> list(robot).getItems().size() == 3);
    }

    @Test
    void typingInTheListGoesToTheSearchField(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Anna Abel");

        robot.write("clara");

        waitUntil(() -> list(robot).getItems().size() == 1);
        assertThat(robot.lookup("#search").queryAs(TextField.class).getText()).isEqualTo("clara");
    }

    @Test
    void aBadSipUriIsFlaggedAtTheFieldAndNotSaved(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#editor-name").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#editor-name").query().isFocused());
        typeIntoEditor(robot);

        robot.write("Ken Carson");
        assertThat(robot.lookup("#editor-name").queryAs(TextField.class).getText()).isEqualTo("Ken Carson");
        robot.interact(() -> kindChooser(robot).setValue(EndpointKind.SIP));
        robot.clickOn(".address-field").write("sip:ken carson@voip.example.org");

        TextField address = robot.lookup(".address-field").queryAs(TextField.class);
        assertThat(address.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .isEqualTo("\"sip:ken carson@voip.example.org\" is not a valid SIP address: "
                        + "the user part is empty or has spaces or invalid characters"));
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-name").tryQuery()).as("the editor stays open").isPresent();
        assertThat(repository.count()).isEqualTo(3);

        robot.clickOn(".address-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("sip:ken@voip.example.org");
        assertThat(address.getText()).isEqualTo("sip:ken@voip.example.org");
        assertThat(address.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        waitUntil(() -> repository.count() == 4);
        typeIntoMainWindow(robot);
        Person ken = repository.findAll().stream().filter(p -> p.displayName().equals("Ken Carson")).findFirst().orElseThrow();
        assertThat(ken.endpoints()).containsExactly(Addresses.parse(EndpointKind.SIP, "sip:ken@voip.example.org"));
        waitUntil(() -> shell.people().selectedProperty().get() != null
                && shell.people().selectedProperty().get().displayName().equals("Ken Carson"));
    }

    @Test
    void enterOpensTheSelectedPersonForEditingAndEscCancels(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Ben Becker").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-org").tryQuery().isPresent());
        assertThat(robot.lookup("#editor-name").queryAs(TextField.class).getText()).isEqualTo("Ben Becker");
        typeIntoEditor(robot);

        robot.clickOn("#editor-org").write("Northwind").type(KeyCode.ENTER);

        waitUntil(() -> repository.findAll().stream().anyMatch(p -> p.organization().equals("Northwind")));
        assertThat(repository.count()).isEqualTo(3);
        typeIntoMainWindow(robot);

        robot.clickOn("Ben Becker").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-org").tryQuery().isPresent());
        typeIntoEditor(robot);
        robot.clickOn("#editor-org").write(" Ltd").type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#editor-org").tryQuery().isEmpty());
        assertThat(repository.findAll()).noneMatch(p -> p.organization().contains("Ltd"));
    }

    @Test
    void deleteWithTheKeyboardThenUndo(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Clara Castro");
        Person clara = shell.people().selectedProperty().get();

        robot.type(KeyCode.DELETE);

        waitUntil(() -> list(robot).getItems().size() == 2);
        waitUntil(() -> robot.lookup("#undo-snackbar").query().isVisible());
        assertThat(robot.lookup("#undo-snackbar .label").queryAs(Label.class).getText()).isEqualTo("Deleted Clara Castro");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> list(robot).getItems().size() == 3);
        assertThat(repository.find(clara.id())).contains(clara);
        waitUntil(() -> !robot.lookup("#undo-snackbar").query().isVisible());
    }

    @Test
    void undoButtonRestoresTheDeletedPerson(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Anna Abel");
        robot.clickOn("#delete");
        waitUntil(() -> list(robot).getItems().size() == 2);

        robot.clickOn("#undo");

        waitUntil(() -> list(robot).getItems().size() == 3);
    }

    @Test
    void reachHandsAMailtoUriToTheSystemWhenThereAreNoAccounts(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Anna Abel");
        waitUntil(() -> robot.lookup("#reach-decision").tryQuery().isPresent());
        assertThat(robot.lookup("#reach-decision").queryAs(Label.class).getText())
                .isEqualTo("Reach will email: Email reaches Anna Abel whenever they read it");

        robot.clickOn("#reach");

        waitUntil(() -> !opener.opened().isEmpty());
        assertThat(opener.opened()).containsExactly("mailto:anna@example.org");
        assertThat(robot.lookup("#reach-outcome").queryAs(Label.class).getText()).contains("Opened an email to anna@example.org");
    }

    @Test
    void reachExplainsWhenThereIsNoWay(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Clara Castro");
        waitUntil(() -> robot.lookup("#reach-decision").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);

        Label decision = robot.lookup("#reach-decision").queryAs(Label.class);
        assertThat(decision.getText()).startsWith("No way to reach Clara Castro");
        assertThat(decision.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("unreachable"));
        assertThat(opener.opened()).isEmpty();
    }

    @Test
    void importShowsTheReportWithTheSkippedCard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);

        robot.interact(() -> shell.importView().importFile(Path.of("friends.vcf")));

        waitUntil(() -> robot.lookup("#import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).isEqualTo("1 imported, 0 merged, 1 skipped");
        @SuppressWarnings("unchecked")
        ListView<String> skipped = robot.lookup("#import-skipped").queryAs(ListView.class);
        assertThat(skipped.getItems()).containsExactly("Card 2 (line 7): the EMAIL \"ida@@x\" is not a valid Email address");
        waitUntil(() -> list(robot).getItems().size() == 4);
        assertThat(importer.files()).containsExactly(Path.of("friends.vcf"));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Import finished: 1 imported, 0 merged, 1 skipped");
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        robot.clickOn("Anna Abel");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#search").query().isFocused());
    }

    @Test
    void theEmptyAddressBookSaysWhatToDo(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list(robot).getItems().size() == 3);
        for (Person person : repository.findAll()) {
            repository.delete(person.id());
        }
        robot.interact(shell::load);

        waitUntil(() -> list(robot).getItems().isEmpty());
        assertThat(robot.lookup(".empty-state").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("No one here yet — press Ctrl+N or import a vCard"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<Person> list(FxRobot robot) {
        return robot.lookup("#people").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<EndpointKind> kindChooser(FxRobot robot) {
        Node node = robot.lookup(".address-kind").query();
        return (ComboBox<EndpointKind>) node;
    }

    /**
     * Headless Monocle sends keys to the window TestFX targets (and TestFX focuses it before typing),
     * not to the newest window as a desktop would: point it at the dialog while typing there.
     */
    private static void typeIntoEditor(FxRobot robot) {
        robot.targetWindow((Node) robot.lookup("#editor-name").query());
    }

    private void typeIntoMainWindow(FxRobot robot) {
        robot.targetWindow(shell.stage());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
