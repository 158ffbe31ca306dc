package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.app.tasks.FxTaskRunner;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.app.testing.FakeMediaEngine;
import org.switchboard.app.testing.TestThemes;
import org.switchboard.channels.api.EndReason;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.themes.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incoming-call dialog driven from the keyboard, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class IncomingCallFxTest {
    private final Endpoint kenSip = Addresses.parse(EndpointKind.SIP, "sip:ken@example.org");
    private final FakeCall call = FakeCall.incoming(kenSip, Optional.empty(), Clock.systemUTC());
    private final FakeMediaEngine media = new FakeMediaEngine();
    private final FxTaskRunner tasks = new FxTaskRunner();
    private CallWindows windows;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
        windows = new CallWindows(stage, media, remote -> Optional.of(Person.named("Ken Carson", kenSip)), tasks,
                Clock.systemUTC(), TestThemes.styler(Themes.LIGHT));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(5, TimeUnit.SECONDS);
        tasks.close();
    }

    private void ringing(FxRobot robot) throws TimeoutException {
        robot.interact(() -> windows.incoming(call));
        waitUntil(() -> robot.lookup("#incoming-accept").tryQuery().isPresent() && media.ringing() == 1);
        waitUntil(() -> "Ken Carson".equals(robot.lookup("#incoming-name").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#incoming-address").queryAs(Label.class).getText()).isEqualTo("sip:ken@example.org");
    }

    @Test
    void enterAcceptsStopsRingingAndOpensTheCallWindow(FxRobot robot) throws TimeoutException {
        ringing(robot);

        robot.type(KeyCode.ENTER);

        waitUntil(() -> call.actions().contains("answer"));
        waitUntil(() -> media.ringing() == 0);
        waitUntil(() -> robot.lookup("#call-status").tryQuery().isPresent());
        assertThat(windows.window(call.id()).orElseThrow().getScene().getRoot()).isInstanceOf(CallView.class);
        waitUntil(() -> robot.lookup("#call-status").queryAs(Label.class).getText().startsWith("Connected"));
        assertThat(robot.lookup("#incoming-accept").tryQuery()).isEmpty();
    }

    @Test
    void escRejects(FxRobot robot) throws TimeoutException {
        ringing(robot);

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> call.actions().equals(List.of("reject")));
        waitUntil(() -> media.ringing() == 0);
        waitUntil(() -> windows.window(call.id()).isEmpty());
    }

    @Test
    void whenTheCallerGivesUpTheDialogSaysMissedCallStopsRingingAndCloses(FxRobot robot) throws TimeoutException {
        ringing(robot);

        call.end(EndReason.Kind.MISSED);

        waitUntil(() -> "Missed call".equals(robot.lookup("#incoming-status").queryAs(Label.class).getText()));
        waitUntil(() -> media.ringing() == 0);
        assertThat(robot.lookup("#incoming-buttons").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> windows.window(call.id()).isEmpty());
        assertThat(call.actions()).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
