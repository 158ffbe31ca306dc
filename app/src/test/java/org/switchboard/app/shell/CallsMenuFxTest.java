package org.switchboard.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.call.CallWindows;
import org.switchboard.app.settings.PinnedDevices;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.MapProfileSettings;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.InMemoryPersonRepository;
import org.switchboard.media.DataFlow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's calls: "Audio devices…" once the engine is there, call windows naming the address book's persons. */
@ExtendWith(ApplicationExtension.class)
class CallsMenuFxTest {
    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final Endpoint barbieSip = Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org");
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private PinnedDevices pins;
    private ShellView shell;

    @Start
    void start(Stage stage) {
        repository.save(Person.named("Barbie Roberts", barbieSip));
        media.plug(DataFlow.CAPTURE, "Built-in Microphone");
        pins = PinnedDevices.start(media, new MapProfileSettings());
        shell = ShellView.show(stage, GuiServices.defaults(Path.of("target", "fx-profile"), repository), tasks);
        shell.load();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        pins.close();
        tasks.close();
    }

    @Test
    void audioDevicesOpensOnceTheEngineIsThere(FxRobot robot) throws TimeoutException {
        assertThat(audioDevicesItem(robot).isDisable()).isTrue();

        robot.interact(() -> shell.enableCalls(media, pins));
        assertThat(audioDevicesItem(robot).isDisable()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#device-capture").tryQuery().isPresent());
        waitUntil(media::meterOpen);
    }

    @Test
    void callWindowsNameThePersonOfTheAddressBook(FxRobot robot) throws TimeoutException {
        FakeCall call = FakeCall.outgoing(barbieSip, Clock.systemUTC());
        CallWindows[] windows = new CallWindows[1];
        robot.interact(() -> windows[0] = shell.enableCalls(media, pins));

        windows[0].show(call);

        waitUntil(() -> robot.lookup("#call-name").tryQuery().map(n -> ((Label) n).getText()).equals(Optional.of("Barbie Roberts")));
    }

    private static MenuItem audioDevicesItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "_Audio devices…".equals(item.getText()))
                .findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
