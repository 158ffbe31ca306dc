package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.settings.CallHandlingSettings;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.app.testing.MapSecretStore;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A SIP account added through the accounts dialog with the keyboard only, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class SipAccountFxTest {
    private static final String KEY = "sip:carol@example.test";

    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private final MapSecretStore secrets = new MapSecretStore();
    private final MapProfileSettings settings = new MapProfileSettings();
    private SqlitePersonRepository repository;
    private FakeChannelHub hub;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        hub = new FakeChannelHub(repository.messageHistory(), Clock.systemUTC());
        FakeMediaEngine media = new FakeMediaEngine();
        GuiServices services = GuiServices.defaults(dir, repository, repository.mergeService())
                .withChannels(hub)
                .withAccounts(repository.accounts())
                .withSecrets(secrets)
                .withHistory(repository.messageHistory())
                .withCalls(new CallSetup(() -> media, () -> settings));
        shell = ShellView.show(stage, services, tasks);
        shell.load();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        tasks.close();
        repository.close();
    }

    @Test
    void aSipAccountIsAddedWithTheKeyboard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shell.people().loadedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> focused(robot, "account-add"));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> focused(robot, "account-address"));
        robot.targetWindow((Node) robot.lookup("#account-address").query());
        assertThat(robot.lookup("#account-calls").query().isVisible()).as("SIP rows hidden for XMPP").isFalse();

        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusId(robot)).as("the kind is one stop, at its choice").isEqualTo("account-kind-xmpp");
        robot.type(KeyCode.RIGHT);
        assertThat(focusId(robot)).isEqualTo("account-kind-sip");
        robot.type(KeyCode.TAB);
        assertThat(focusId(robot)).isEqualTo("account-address");
        assertThat(robot.lookup("#account-calls").query().isVisible()).isTrue();
        robot.write("carol@example.test").type(KeyCode.TAB);
        robot.write("pbx.example.test:5061").type(KeyCode.TAB);
        assertThat(focusId(robot)).isEqualTo("account-transport-udp");
        robot.type(KeyCode.RIGHT, 2);
        assertThat(focusId(robot)).isEqualTo("account-transport-tls");
        robot.type(KeyCode.TAB);
        robot.write("hunter2").type(KeyCode.TAB);
        assertThat(focusId(robot)).isEqualTo("account-enabled");
        robot.type(KeyCode.TAB);
        assertThat(focusId(robot)).isEqualTo("calls-dnd");
        robot.type(KeyCode.SPACE);
        while (!focusId(robot).equals("calls-srtp")) {
            robot.type(KeyCode.TAB);
            assertThat(focusId(robot)).as("the calls section is walked in order").startsWith("calls-");
        }
        robot.type(KeyCode.SPACE);
        for (int button = 0; button < 2 && !focusId(robot).equals("account-save"); button++) {
            robot.type(KeyCode.TAB); // then the dialog's buttons, in the platform's order
        }
        assertThat(focusId(robot)).isEqualTo("account-save");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> repository.accounts().find(EndpointKind.SIP, KEY).isPresent());
        assertThat(repository.accounts().find(EndpointKind.SIP, KEY).orElseThrow())
                .isEqualTo(new Account(EndpointKind.SIP, KEY, "pbx.example.test:5061", "tls", true, List.of()));
        assertThat(secrets.all()).containsEntry(KEY, "hunter2");
        CallHandlingSettings calls = CallHandlingSettings.load(settings, KEY);
        assertThat(calls.requireSrtp()).isTrue();
        assertThat(calls.rules().doNotDisturb()).isTrue();
        waitUntil(() -> hub.starts() == 1);
        waitUntil(() -> robot.lookup(".account-details").tryQuery().isPresent());
        assertThat(robot.lookup(".account-details").queryLabeled().getText()).isEqualTo("SIP over TLS · pbx.example.test:5061");
    }

    private static boolean focused(FxRobot robot, String id) {
        return id.equals(focusId(robot));
    }

    /** The id of the focus owner of the topmost focused window (Monocle reports the owner window focused too). */
    private static String focusId(FxRobot robot) {
        return Window.getWindows().stream().filter(Window::isFocused).reduce((below, above) -> above)
                .map(w -> w.getScene().getFocusOwner()).map(Node::getId).orElse("");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
