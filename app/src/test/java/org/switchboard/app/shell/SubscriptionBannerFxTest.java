package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.app.channels.SubscriptionRequest;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeChannelHub;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.store.SqlitePersonRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The banner for presence subscription requests in the main window, driven like a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class SubscriptionBannerFxTest {
    private final SubscriptionRequest anna = new SubscriptionRequest("xmpp:me@example.test",
            Addresses.parse(EndpointKind.XMPP, "anna@example.org"));
    private final SubscriptionRequest ben = new SubscriptionRequest("xmpp:me@example.test",
            Addresses.parse(EndpointKind.XMPP, "ben@example.org"));

    @TempDir
    Path dir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private SqlitePersonRepository repository;
    private FakeChannelHub hub;

    @Start
    void start(Stage stage) {
        repository = SqlitePersonRepository.open(dir.resolve("switchboard.db"));
        hub = new FakeChannelHub(repository.messageHistory(), Clock.systemUTC());
        GuiServices services = GuiServices.defaults(dir, repository, repository.mergeService())
                .withChannels(hub)
                .withReachContext(hub.reachContext())
                .withHistory(repository.messageHistory());
        ShellView.show(stage, services, tasks).load();
    }

    @AfterEach
    void stop() {
        tasks.close();
        repository.close();
    }

    @Test
    void approveAnswersTheRequestAndTheNextOneShows(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup(".subscription-banner").query().isVisible()).isFalse();

        robot.interact(() -> {
            hub.emit(anna);
            hub.emit(ben);
        });

        waitUntil(() -> robot.lookup(".subscription-banner").query().isVisible());
        assertThat(question(robot)).isEqualTo("anna@example.org wants to see your presence");

        robot.clickOn("#subscription-approve");

        waitUntil(() -> hub.approved().contains(anna));
        waitUntil(() -> question(robot).equals("ben@example.org wants to see your presence"));
        assertThat(hub.denied()).isEmpty();
    }

    @Test
    void denyIsReachableFromTheKeyboard(FxRobot robot) throws TimeoutException {
        robot.interact(() -> hub.emit(anna));
        waitUntil(() -> robot.lookup(".subscription-banner").query().isVisible());

        robot.interact(() -> robot.lookup("#subscription-approve").query().requestFocus());
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#subscription-deny").query().isFocused());
        robot.type(KeyCode.SPACE);

        waitUntil(() -> hub.denied().contains(anna));
        waitUntil(() -> !robot.lookup(".subscription-banner").query().isVisible());
        assertThat(hub.approved()).isEmpty();
    }

    private static String question(FxRobot robot) {
        return robot.lookup("#subscription-question").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
